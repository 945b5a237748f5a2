package ro.semnal.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Creates the load test's learners directly in the database of a running (or once started) Semnal: N accounts
 * {@code load-00001@load.semnal.local} ... with the role LEARNER and an enrolment in the course, all with the
 * same password, hashed once with BCrypt at the application's default cost (12, {@code semnal.accounts.bcrypt-cost}),
 * or the cost given as a seventh argument. Learners that exist are kept;
 * their attempts and progress in the course are deleted, so every run starts from the same state.
 * Never part of the application: a test-source tool that {@code scripts/load.sh} runs before a load test.
 *
 * <pre>java ro.semnal.load.LoadSeed jdbcUrl user password count course password [bcryptCost]</pre>
 */
public final class LoadSeed {

    static final String DOMAIN = "@load.semnal.local";

    private LoadSeed() {
    }

    public static String email(int n) {
        return "load-%05d%s".formatted(n, DOMAIN);
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 6 && args.length != 7) {
            System.err.println("usage: LoadSeed jdbcUrl user password count course learnerPassword [bcryptCost]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[3]);
        String course = args[4];
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(args.length == 7 ? Integer.parseInt(args[6]) : 12)
                .encode(args[5]);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            int created = insertUsers(db, count, hash, now);
            try (Statement sql = db.createStatement()) {
                String mine = "(SELECT id FROM users WHERE email LIKE 'load-%" + DOMAIN + "')";
                sql.executeUpdate("INSERT INTO user_roles (user_id, role) SELECT u.id, 'LEARNER' FROM users u "
                        + "WHERE u.email LIKE 'load-%" + DOMAIN + "' AND NOT EXISTS "
                        + "(SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'LEARNER')");
                sql.executeUpdate("DELETE FROM attempt_answer WHERE attempt_id IN (SELECT id FROM quiz_attempt "
                        + "WHERE user_id IN " + mine + ")");
                sql.executeUpdate("DELETE FROM quiz_attempt WHERE user_id IN " + mine);
                sql.executeUpdate("DELETE FROM item_progress WHERE user_id IN " + mine);
                sql.executeUpdate("DELETE FROM enrollment WHERE user_id IN " + mine);
            }
            try (PreparedStatement enrol = db.prepareStatement("INSERT INTO enrollment (version, user_id, course_slug, "
                    + "enrolled_at, last_activity_at) SELECT 0, id, ?, ?, ? FROM users WHERE email LIKE ?")) {
                enrol.setString(1, course);
                enrol.setTimestamp(2, now);
                enrol.setTimestamp(3, now);
                enrol.setString(4, "load-%" + DOMAIN);
                System.out.printf("learners: %d created, %d enrolled in %s%n", created, enrol.executeUpdate(), course);
            }
            db.commit();
        }
    }

    private static int insertUsers(Connection db, int count, String hash, Timestamp now) throws SQLException {
        int created = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO users (version, email, full_name, password_hash, "
                + "profession, institution, county, language, active, created_at) SELECT 0, ?, ?, ?, 'SOCIAL_WORKER', "
                + "'Load test', 'B', 'RO', TRUE, ? FROM (SELECT 1 AS one) x "
                + "WHERE NOT EXISTS (SELECT 1 FROM users WHERE email = ?)")) {
            for (int n = 1; n <= count; n++) {
                insert.setString(1, email(n));
                insert.setString(2, "Cursant Test " + n);
                insert.setString(3, hash);
                insert.setTimestamp(4, now);
                insert.setString(5, email(n));
                insert.addBatch();
                if (n % 500 == 0 || n == count) {
                    for (int rows : insert.executeBatch()) {
                        created += Math.max(rows, 0);
                    }
                }
            }
        }
        return created;
    }
}
