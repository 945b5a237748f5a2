package ro.semnal.catalog.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ro.semnal.catalog.content.CourseArchive.Contents;
import ro.semnal.catalog.content.CourseArchive.UnsafeArchiveException;

class CourseArchiveTest {

    // ---- reading a good upload ----

    @Test
    void a_single_top_folder_gives_its_name_and_stripped_paths() throws Exception {
        Contents contents = read(zip("my-course/", "", "my-course/course.yaml", "id: c1",
                "my-course/lessons/intro.ro.md", "# Salut", "my-course/.DS_Store", "junk"));

        assertThat(contents.folderName()).contains("my-course");
        assertThat(contents.files()).containsOnlyKeys("course.yaml", "lessons/intro.ro.md");
        assertThat(text(contents.files(), "lessons/intro.ro.md")).isEqualTo("# Salut");
    }

    @Test
    void files_at_the_root_are_read_as_they_are() throws Exception {
        Contents contents = read(zip("course.yaml", "id: c1", "lessons/intro.ro.md", "# Salut",
                "quizzes/q1.yaml", "q: 1", "./assets/logo.png", "png"));

        assertThat(contents.folderName()).isEmpty();
        assertThat(contents.files()).containsOnlyKeys("course.yaml", "lessons/intro.ro.md", "quizzes/q1.yaml",
                "assets/logo.png");
    }

    @Test
    void mac_os_metadata_and_directory_entries_are_ignored() throws Exception {
        Contents contents = read(zip("__MACOSX/", "", "__MACOSX/my-course/._course.yaml", "apple",
                "my-course/", "", "my-course/lessons/", "", "my-course/course.yaml", "id: c1", ".DS_Store", "junk"));

        assertThat(contents.folderName()).contains("my-course");
        assertThat(contents.files()).containsOnlyKeys("course.yaml");
    }

    // ---- refusals ----

    @ParameterizedTest
    @ValueSource(strings = {"../evil.md", "lessons/../../evil.md", "lessons/..", "a\\b.md", "lessons/a\0.md"})
    void a_dot_dot_segment_a_backslash_or_a_nul_is_refused_as_path_traversal(String name) throws Exception {
        assertRefused(zip("course.yaml", "id: c1", name, "x"), CourseArchive.PATH_TRAVERSAL, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "\\evil.md", "C:/evil.md", "c:evil.md", "lessons/D:/evil.md"})
    void a_leading_slash_or_a_drive_letter_is_refused_as_absolute_path(String name) throws Exception {
        assertRefused(zip("course.yaml", "id: c1", name, "x"), CourseArchive.ABSOLUTE_PATH, name);
    }

    @Test
    void an_entry_marked_as_a_unix_symlink_in_the_central_directory_is_refused() throws Exception {
        byte[] zip = zip("course.yaml", "id: c1", "lessons/intro.ro.md", "/etc/passwd");
        assertThat(read(zip).files()).hasSize(2); // the same zip, unpatched, is fine

        int header = centralHeader(zip, "lessons/intro.ro.md");
        zip[header + 5] = 3; // version made by: host Unix
        putInt(zip, header + 38, 0120777 << 16); // external attributes: mode lrwxrwxrwx

        assertRefused(zip, CourseArchive.SYMLINK, "lessons/intro.ro.md");
    }

    @Test
    void more_entries_than_the_maximum_are_refused() throws Exception {
        String[] entries = new String[2 * (CourseArchive.MAX_ENTRIES + 1)];
        for (int i = 0; i <= CourseArchive.MAX_ENTRIES; i++) {
            entries[2 * i] = "lessons/l" + i + ".md";
            entries[2 * i + 1] = "x";
        }
        assertRefused(zip(entries), CourseArchive.TOO_MANY_ENTRIES, "");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void a_zip_bomb_is_refused_as_too_large_whether_or_not_its_declared_size_lies(boolean lie) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("course.yaml"));
            out.write("id: c1".getBytes(UTF_8));
            out.putNextEntry(new ZipEntry("assets/bomb.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                out.write(zeros);
            }
        }
        byte[] zip = bytes.toByteArray();
        assertThat(zip.length).isLessThan(1024 * 1024);
        if (lie) {
            putInt(zip, centralHeader(zip, "assets/bomb.bin") + 24, 1024); // uncompressed size: "1 KB"
        }

        assertRefused(zip, CourseArchive.TOO_LARGE, "assets/bomb.bin");
    }

    @Test
    void files_each_under_the_file_limit_are_refused_once_their_total_is_too_large() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (String name : new String[] {"assets/a.bin", "assets/b.bin", "assets/c.bin"}) {
                out.putNextEntry(new ZipEntry(name));
                for (int i = 0; i < 19; i++) {
                    out.write(zeros);
                }
            }
        }
        assertRefused(bytes.toByteArray(), CourseArchive.TOO_LARGE, "assets/c.bin");
    }

    @Test
    void a_duplicate_entry_name_is_refused() throws Exception {
        byte[] zip = zip("course.yaml", "id: c1", "lessons/a.md", "one", "lessons/b.md", "two");
        replaceAll(zip, "lessons/b.md", "lessons/a.md"); // ZipOutputStream will not write a duplicate itself

        assertRefused(zip, CourseArchive.DUPLICATE_ENTRY, "lessons/a.md");
    }

    @Test
    void names_that_normalise_to_the_same_path_are_refused_as_duplicates() throws Exception {
        assertRefused(zip("course.yaml", "id: c1", "./course.yaml", "id: c2"), CourseArchive.DUPLICATE_ENTRY,
                "./course.yaml");
    }

    @Test
    void files_in_several_top_level_folders_are_refused() throws Exception {
        assertRefused(zip("one/course.yaml", "id: c1", "two/course.yaml", "id: c2"), CourseArchive.SEVERAL_FOLDERS,
                "one, two");
    }

    @Test
    void an_archive_without_files_is_refused_as_empty() throws Exception {
        assertRefused(zip(), CourseArchive.EMPTY, "");
        assertRefused(zip("my-course/", "", "__MACOSX/._x", "apple", ".DS_Store", "junk"), CourseArchive.EMPTY, "");
    }

    @Test
    void bytes_that_are_not_a_zip_are_refused() {
        assertRefused("id: c1\n".getBytes(UTF_8), CourseArchive.NOT_A_ZIP, "");
        assertRefused(new byte[0], CourseArchive.NOT_A_ZIP, "");
    }

    @Test
    void a_truncated_zip_is_refused() throws Exception {
        byte[] zip = zip("course.yaml", "id: c1", "lessons/intro.ro.md", "# Salut");
        assertRefused(Arrays.copyOf(zip, zip.length - 10), CourseArchive.NOT_A_ZIP, "");
    }

    // ---- writing and hashing ----

    @Test
    void write_zip_round_trips_through_read_zip() throws Exception {
        SortedMap<String, byte[]> files = course();

        Contents contents = read(CourseArchive.writeZip(files));

        assertThat(contents.folderName()).isEmpty();
        assertThat(contents.files()).containsOnlyKeys(files.keySet());
        files.forEach((path, content) -> assertThat(contents.files().get(path)).isEqualTo(content));
    }

    @Test
    void write_zip_gives_the_same_bytes_for_the_same_files() throws Exception {
        byte[] first = CourseArchive.writeZip(course());
        Thread.sleep(1100); // a timestamp taken from the clock would differ by now

        assertThat(CourseArchive.writeZip(course())).isEqualTo(first);
    }

    @Test
    void content_hash_is_equal_for_the_same_files_and_differs_when_one_byte_changes() throws Exception {
        String hash = CourseArchive.contentHash(course());
        SortedMap<String, byte[]> changed = course();
        changed.get("lessons/intro.ro.md")[0] ^= 1;

        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(CourseArchive.contentHash(course())).isEqualTo(hash);
        assertThat(CourseArchive.contentHash(changed)).isNotEqualTo(hash);
    }

    @Test
    void content_hash_ignores_the_zip_layout_but_not_where_bytes_move_between_files() throws Exception {
        SortedMap<String, byte[]> wrapped = read(zip("v2/course.yaml", "id: c1", "v2/lessons/intro.ro.md",
                "# Salut", "v2/quizzes/q1.yaml", "q: 1")).files();
        SortedMap<String, byte[]> shifted = course();
        shifted.put("course.yaml", "id: c1#".getBytes(UTF_8));
        shifted.put("lessons/intro.ro.md", " Salut".getBytes(UTF_8));

        assertThat(CourseArchive.contentHash(wrapped)).isEqualTo(CourseArchive.contentHash(course()));
        assertThat(CourseArchive.contentHash(shifted)).isNotEqualTo(CourseArchive.contentHash(course()));
    }

    // ---- reading a folder ----

    @Test
    void read_folder_reads_nested_files_with_forward_slashes_and_skips_hidden_ones(@TempDir Path dir)
            throws Exception {
        write(dir.resolve("course.yaml"), "id: c1");
        write(dir.resolve("lessons/intro.ro.md"), "# Salut");
        write(dir.resolve("lessons/deep/more.en.md"), "# More");
        write(dir.resolve(".hidden.md"), "secret");
        write(dir.resolve(".git/config"), "[core]");

        SortedMap<String, byte[]> files = CourseArchive.readFolder(dir);

        assertThat(files).containsOnlyKeys("course.yaml", "lessons/deep/more.en.md", "lessons/intro.ro.md");
        assertThat(text(files, "lessons/deep/more.en.md")).isEqualTo("# More");
    }

    @Test
    void read_folder_refuses_a_symlink_instead_of_following_it(@TempDir Path dir, @TempDir Path outside)
            throws Exception {
        write(dir.resolve("course.yaml"), "id: c1");
        write(outside.resolve("secret.txt"), "secret");
        Files.createDirectories(dir.resolve("lessons"));
        Files.createSymbolicLink(dir.resolve("lessons/intro.ro.md"), outside.resolve("secret.txt"));

        assertRefused(() -> CourseArchive.readFolder(dir), CourseArchive.SYMLINK, "lessons/intro.ro.md");
    }

    @Test
    void read_folder_refuses_a_linked_directory(@TempDir Path dir, @TempDir Path outside) throws Exception {
        write(dir.resolve("course.yaml"), "id: c1");
        write(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(dir.resolve("assets"), outside);

        assertRefused(() -> CourseArchive.readFolder(dir), CourseArchive.SYMLINK, "assets");
    }

    @Test
    void read_folder_refuses_a_file_over_the_limit(@TempDir Path dir) throws Exception {
        write(dir.resolve("course.yaml"), "id: c1");
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.bin").toFile(), "rw")) {
            big.setLength(CourseArchive.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        assertRefused(() -> CourseArchive.readFolder(dir), CourseArchive.TOO_LARGE, "big.bin");
    }

    // ---- helpers ----

    private interface Reading {
        void run() throws Exception;
    }

    private static Contents read(byte[] zip) throws UnsafeArchiveException {
        return CourseArchive.readZip(new ByteArrayInputStream(zip));
    }

    private static void assertRefused(byte[] zip, String reason, String entry) {
        assertRefused(() -> read(zip), reason, entry);
    }

    private static void assertRefused(Reading reading, String reason, String entry) {
        try {
            reading.run();
            fail("expected a refusal for " + reason);
        } catch (UnsafeArchiveException e) {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.entry()).isEqualTo(entry);
        } catch (Exception e) {
            throw new AssertionError("expected UnsafeArchiveException(" + reason + ")", e);
        }
    }

    /** A zip of the given name, content pairs in that order; a name ending in / is a directory entry. */
    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static SortedMap<String, byte[]> course() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("course.yaml", "id: c1".getBytes(UTF_8));
        files.put("lessons/intro.ro.md", "# Salut".getBytes(UTF_8));
        files.put("quizzes/q1.yaml", "q: 1".getBytes(UTF_8));
        return files;
    }

    private static String text(SortedMap<String, byte[]> files, String path) {
        return new String(files.get(path), UTF_8);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** The offset of the central directory header (signature 0x02014b50) of the named entry. */
    private static int centralHeader(byte[] zip, String name) {
        byte[] wanted = name.getBytes(UTF_8);
        for (int at = 0; at + 46 + wanted.length <= zip.length; at++) {
            if (getInt(zip, at) == 0x02014b50 && (zip[at + 28] & 0xFF | (zip[at + 29] & 0xFF) << 8) == wanted.length
                    && Arrays.equals(zip, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                return at;
            }
        }
        throw new AssertionError("no central directory header for " + name);
    }

    private static int getInt(byte[] bytes, int at) {
        return bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | bytes[at + 3] << 24;
    }

    private static void putInt(byte[] bytes, int at, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >>> 8 * i);
        }
    }

    private static void replaceAll(byte[] bytes, String from, String to) {
        byte[] a = from.getBytes(UTF_8);
        byte[] b = to.getBytes(UTF_8);
        for (int at = 0; at + a.length <= bytes.length; at++) {
            if (Arrays.equals(bytes, at, at + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, bytes, at, b.length);
            }
        }
    }
}
