package ro.semnal.catalog.content;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A course as a sorted map from relative path ({@code lessons/intro.ro.md}, always {@code /}) to content, read from
 * an untrusted zip or a folder and written as a deterministic zip. Sizes are counted from the bytes actually read,
 * never from the sizes an archive declares, and reading stops as soon as a limit is passed.
 *
 * <p>Symbolic links: java.util.zip does not expose an entry's external attributes, so {@link #readZip} spools the
 * upload to a temporary file, lets {@link ZipFile} validate the structure and name the entries, then walks the same
 * central directory itself: an entry whose "version made by" host is Unix (3) and whose external attributes carry
 * mode {@code 0120000} in their high 16 bits is a link.
 */
public final class CourseArchive {

    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    public static final int MAX_ENTRIES = 2000;
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    public static final String PATH_TRAVERSAL = "pathTraversal";
    public static final String ABSOLUTE_PATH = "absolutePath";
    public static final String SYMLINK = "symlink";
    public static final String TOO_MANY_ENTRIES = "tooManyEntries";
    public static final String TOO_LARGE = "tooLarge";
    public static final String DUPLICATE_ENTRY = "duplicateEntry";
    public static final String SEVERAL_FOLDERS = "severalFolders";
    public static final String EMPTY = "empty";
    public static final String NOT_A_ZIP = "notAZip";

    /** The compressed upload itself is refused beyond this, before it is opened. */
    private static final long MAX_ARCHIVE_BYTES = 2 * MAX_TOTAL_BYTES;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private CourseArchive() {
    }

    /** An uploaded course: the single top-level folder it was wrapped in, if any, and its files relative to that. */
    public record Contents(Optional<String> folderName, SortedMap<String, byte[]> files) {
    }

    /**
     * Reads an uploaded zip whose course files sit at its root or inside exactly one top-level folder (stripped).
     * Directory entries, {@code __MACOSX/} and {@code .DS_Store} are skipped; {@code .} and empty segments are
     * dropped. A {@code ..} segment is refused outright, which covers every name that would normalise outside the
     * root. I/O failures of the upload stream itself surface as {@link UncheckedIOException}.
     */
    public static Contents readZip(InputStream zip) throws UnsafeArchiveException {
        Path temp = null;
        try {
            temp = Files.createTempFile("semnal-course-", ".zip");
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (!copyAtMost(zip, out, MAX_ARCHIVE_BYTES)) {
                    throw new UnsafeArchiveException(TOO_LARGE, "");
                }
            }
            return readEntries(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    private static Contents readEntries(Path temp) throws UnsafeArchiveException {
        try (ZipFile zip = new ZipFile(temp.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new UnsafeArchiveException(TOO_MANY_ENTRIES, "");
            }
            Set<String> links = symlinkNames(temp);
            SortedMap<String, byte[]> files = new TreeMap<>();
            long total = 0;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String path = checkedPath(entry.getName());
                if (links.contains(entry.getName())) {
                    throw new UnsafeArchiveException(SYMLINK, entry.getName());
                }
                if (entry.isDirectory() || path.equals("__MACOSX") || path.startsWith("__MACOSX/")
                        || path.equals(".DS_Store") || path.endsWith("/.DS_Store")) {
                    continue;
                }
                if (path.isEmpty()) {
                    throw new UnsafeArchiveException(PATH_TRAVERSAL, entry.getName());
                }
                if (files.containsKey(path)) {
                    throw new UnsafeArchiveException(DUPLICATE_ENTRY, entry.getName());
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    files.put(path, readBounded(in, entry.getName(), total));
                }
                total += files.get(path).length;
            }
            return layout(files);
        } catch (IOException | RuntimeException e) { // a corrupt archive, whatever java.util.zip calls it
            throw new UnsafeArchiveException(NOT_A_ZIP, "");
        }
    }

    private static String checkedPath(String name) throws UnsafeArchiveException {
        if (name.startsWith("/") || name.startsWith("\\")) {
            throw new UnsafeArchiveException(ABSOLUTE_PATH, name);
        }
        if (name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            throw new UnsafeArchiveException(PATH_TRAVERSAL, name);
        }
        StringBuilder path = new StringBuilder();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw new UnsafeArchiveException(PATH_TRAVERSAL, name);
            }
            if (segment.matches("[A-Za-z]:.*")) {
                throw new UnsafeArchiveException(ABSOLUTE_PATH, name);
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                path.append(path.isEmpty() ? "" : "/").append(segment);
            }
        }
        return path.toString();
    }

    private static Contents layout(SortedMap<String, byte[]> files) throws UnsafeArchiveException {
        if (files.isEmpty()) {
            throw new UnsafeArchiveException(EMPTY, "");
        }
        TreeSet<String> folders = new TreeSet<>();
        for (String path : files.keySet()) {
            if (path.indexOf('/') < 0) {
                return new Contents(Optional.empty(), Collections.unmodifiableSortedMap(files));
            }
            folders.add(path.substring(0, path.indexOf('/')));
        }
        if (folders.size() > 1) {
            throw new UnsafeArchiveException(SEVERAL_FOLDERS, String.join(", ", folders));
        }
        SortedMap<String, byte[]> stripped = new TreeMap<>();
        files.forEach((path, content) -> stripped.put(path.substring(folders.first().length() + 1), content));
        return new Contents(Optional.of(folders.first()), Collections.unmodifiableSortedMap(stripped));
    }

    /** Names of the central directory entries made on Unix with the symbolic link mode (see the class comment). */
    private static Set<String> symlinkNames(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, 22 + 0xFFFF);
            ByteBuffer tail = readAt(channel, size - tailLength, tailLength);
            int end = tailLength - 22;
            while (end >= 0 && (tail.getInt(end) != 0x06054b50
                    || Short.toUnsignedInt(tail.getShort(end + 20)) != tailLength - end - 22)) {
                end--;
            }
            if (end < 0) {
                throw new ZipException("no end of central directory record");
            }
            long cenEnd = size - tailLength + end;
            long cenSize = Integer.toUnsignedLong(tail.getInt(end + 12));
            if (cenSize == 0xFFFFFFFFL) { // Zip64: the end locator names the Zip64 end record holding the real size
                cenEnd = readAt(channel, cenEnd - 20, 20).getLong(8);
                cenSize = readAt(channel, cenEnd, 56).getLong(40);
            }
            ByteBuffer cen = readAt(channel, cenEnd - cenSize, Math.toIntExact(cenSize));
            Set<String> links = new HashSet<>();
            for (int at = 0; at + 46 <= cen.limit() && cen.getInt(at) == 0x02014b50; ) {
                int nameLength = Short.toUnsignedInt(cen.getShort(at + 28));
                if (cen.get(at + 5) == 3 && (cen.getInt(at + 38) >>> 16 & 0170000) == 0120000) {
                    links.add(new String(cen.array(), at + 46, nameLength, UTF_8));
                }
                at += 46 + nameLength + Short.toUnsignedInt(cen.getShort(at + 30))
                        + Short.toUnsignedInt(cen.getShort(at + 32));
            }
            return links;
        }
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException();
            }
        }
        return buffer.flip();
    }

    /**
     * Reads every regular file under the folder (itself possibly reached through a link), with the same limits as
     * {@link #readZip}. Links inside are refused, never followed; files and folders whose name starts with
     * {@code .} are skipped.
     */
    public static SortedMap<String, byte[]> readFolder(Path folder) throws IOException, UnsafeArchiveException {
        Path root = folder.toRealPath();
        SortedMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
                String path = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
                if (path.isEmpty() || path.startsWith(".") || path.contains("/.")) {
                    continue;
                }
                if (Files.isSymbolicLink(file)) {
                    throw new UnsafeArchiveException(SYMLINK, path);
                }
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (files.size() == MAX_ENTRIES) {
                    throw new UnsafeArchiveException(TOO_MANY_ENTRIES, path);
                }
                try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(path, readBounded(in, path, total));
                }
                total += files.get(path).length;
            }
        }
        return Collections.unmodifiableSortedMap(files);
    }

    private static byte[] readBounded(InputStream in, String entry, long total)
            throws IOException, UnsafeArchiveException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!copyAtMost(in, out, Math.min(MAX_FILE_BYTES, MAX_TOTAL_BYTES - total))) {
            throw new UnsafeArchiveException(TOO_LARGE, entry);
        }
        return out.toByteArray();
    }

    /** Copies at most {@code limit} bytes; false, without writing the excess, when the input holds more. */
    private static boolean copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long copied = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            copied += read;
            if (copied > limit) {
                return false;
            }
            out.write(buffer, 0, read);
        }
        return true;
    }

    /** A zip of the files at its root, in map order with fixed timestamps: the same files give the same bytes. */
    public static byte[] writeZip(SortedMap<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Lowercase hex SHA-256 over, in map order, each path (UTF-8), a 0 byte, the content length (8 bytes, big
     * endian) and the content: it identifies the files, whatever the zip layout or timestamps they came in.
     */
    public static String contentHash(SortedMap<String, byte[]> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            sha.update(file.getKey().getBytes(UTF_8));
            sha.update((byte) 0);
            sha.update(ByteBuffer.allocate(8).putLong(file.getValue().length).array());
            sha.update(file.getValue());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Why an archive or folder was refused: one of the reason constants, and the entry at fault ("" if none). */
    public static class UnsafeArchiveException extends Exception {

        private static final long serialVersionUID = 1L;

        private final String reason;
        private final String entry;

        public UnsafeArchiveException(String reason, String entry) {
            super(entry.isEmpty() ? reason : reason + ": " + entry);
            this.reason = reason;
            this.entry = entry;
        }

        public String reason() {
            return reason;
        }

        public String entry() {
            return entry;
        }
    }
}
