package uk.police.enforcement.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.common.persistence.JdbcWork;
/**
 * The texts the s.62 log quotes from its callers (justifications, looked-up reference values), each stored
 * once in {@code audit_quote} and pointed at by the entries (V21). A disposal erases a record's references
 * from every quote holding them: the entries stay as written, and what they quote no longer shows the erased
 * data.
 */
@ApplicationScoped
public class AuditQuotes {

    /** What an erased value reads as, wherever a quote held it. */
    public static final String ERASED = "[erased]";

    private static final String FIND = """
            select id, text from audit_quote where md5(text) = any (?) and erased_at is null""";
    private static final String ADD = """
            insert into audit_quote (text) select unnest(?::text[])
            on conflict (md5(text)) where erased_at is null do nothing returning id, text""";
    private static final String ERASE = """
            update audit_quote set text = regexp_replace(text, ?, ?, 'gi'), erased_at = coalesce(erased_at, now())
             where text ilike ? escape '\\'""";
    private static final String READ = "select id, text from audit_quote where id = any (?)";
    /** Most texts remembered; more is unusual (justifications repeat), and the map then starts again. */
    private static final int MAX_REMEMBERED = 10_000;

    /**
     * Committed quotes by text, so that a read's entry costs no look-up of a justification it shares with
     * others. Safe when stale: an id stays valid for ever, and one whose text was erased since only shows
     * less than the caller said, never the erased value.
     */
    private final Map<String, Long> remembered = new ConcurrentHashMap<>();
    private final JdbcWork jdbc;

    public AuditQuotes(JdbcWork jdbc) {
        this.jdbc = jdbc;
    }

    /** The quote id of each text, adding those not yet stored, on {@code connection} in its transaction. */
    Map<String, Long> idsOf(Connection connection, Collection<String> texts) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        TreeSet<String> missing = new TreeSet<>();
        for (String text : texts) {
            Long known = remembered.get(text);
            if (known != null) {
                ids.put(text, known);
            } else {
                missing.add(text);
            }
        }
        // Sorted, so that two writers adding the same new texts wait for each other in one order.
        for (int attempt = 0; !missing.isEmpty() && attempt < 3; attempt++) {
            find(connection, missing, ids);
            missing.removeAll(ids.keySet());
            if (!missing.isEmpty()) {
                add(connection, missing, ids);
                // What another writer added meanwhile is not returned here: the next look finds it.
                missing.removeAll(ids.keySet());
            }
        }
        if (!missing.isEmpty()) {
            throw new SQLException("Quotes could not be stored", "40001");
        }
        return ids;
    }

    /** Remembers quotes known to be committed. */
    void remember(Map<String, Long> committed) {
        if (remembered.size() + committed.size() > MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.putAll(committed);
    }

    /** The text of each quote id (for reading the log). */
    Map<Long, String> textsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.call(connection -> {
            Map<Long, String> texts = new HashMap<>();
            try (PreparedStatement read = connection.prepareStatement(READ)) {
                read.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        texts.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
            return texts;
        });
    }

    /**
     * Replaces each of {@code values} (a disposed record's references), in any letter case, with
     * {@link #ERASED} in every quote that holds it, in the caller's transaction: the disposal's. A value shared
     * with another record is erased from the log too (the log cannot tell whose it quoted); the entries keep
     * naming the records they concern.
     */
    public void eraseQuoting(Collection<String> values) {
        List<String> erasable = values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
        if (erasable.isEmpty()) {
            return;
        }
        jdbc.call(connection -> {
            try (PreparedStatement erase = connection.prepareStatement(ERASE)) {
                for (String value : erasable) {
                    erase.setString(1, regexLiteral(value));
                    erase.setString(2, ERASED);
                    erase.setString(3, "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                    erase.addBatch();
                }
                erase.executeBatch();
            }
            return null;
        });
        remembered.clear();
    }

    /** {@code value} as a PostgreSQL regular expression matching exactly it. */
    static String regexLiteral(String value) {
        StringBuilder literal = new StringBuilder();
        for (char c : value.toCharArray()) {
            if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
                literal.append('\\');
            }
            literal.append(c);
        }
        return literal.toString();
    }

    private static void find(Connection connection, Collection<String> texts, Map<String, Long> ids) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setArray(1, connection.createArrayOf("text", texts.stream().map(AuditQuotes::md5).toArray()));
            collect(find, texts, ids);
        }
    }

    private static void add(Connection connection, Collection<String> texts, Map<String, Long> ids) throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(ADD)) {
            Array array = connection.createArrayOf("text", texts.toArray());
            add.setArray(1, array);
            collect(add, texts, ids);
        }
    }

    private static void collect(PreparedStatement statement, Collection<String> texts, Map<String, Long> ids)
            throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String text = rows.getString(2);
                if (texts.contains(text)) {
                    ids.put(text, rows.getLong(1));
                }
            }
        }
    }

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
