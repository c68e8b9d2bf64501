package uk.police.enforcement.action;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;


import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.JdbcWork;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.Timestamps;
@ApplicationScoped
public class EnforcementActionRepository implements PanacheRepositoryBase<EnforcementActionEntity, UUID> {

    private final JdbcWork jdbc;

    public EnforcementActionRepository(JdbcWork jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COLUMNS = """
            id, operation_id, action_type, occurred_at, area, offence_category, rms_reference, subject_reference,
            officer_collar_number, notes, security_marking, legal_basis, warrant_result, devices_seized, seizure_power,
            s52_notice_given, exhibit_references, children_safeguarded, persons_arrested, persons_charged,
            person_references, charge_offence, safeguarding_kind, retention_group, review_due_on, created_at,
            updated_at, version, seize_and_sift, s52_notice_reference, s52_notice_delivery, warrant_issued_on,
            issuing_court, warrant_returned_on, offence_code, persons_interviewed, children_followed_up,
            follows_action_id, referral_id""";
    // One statement whatever the number of rows: the statement-level triggers (totals, change feed, exhibits,
    // people charged) then run once per request, not once per JDBC batch of rows.
    private static final String INSERT_ALL = "insert into enforcement_action (" + COLUMNS + ") select " + COLUMNS
            + " from json_populate_recordset(null::enforcement_action, ?::json)";

    // One row: a plain prepared INSERT, which the driver keeps prepared on the connection.
    private static final String INSERT_ONE = "insert into enforcement_action (" + COLUMNS + ") values ("
            + "?, ".repeat(38) + "?)";

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * Inserts one new action in this transaction with plain JDBC: Hibernate's persist and flush of this
     * entity (then 28 columns) took a third of the JVM's time on a create (JFR). The entity is not managed afterwards.
     */
    public void insert(EnforcementActionEntity a) {
        jdbc.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ONE)) {
                int i = 0;
                insert.setObject(++i, a.id);
                insert.setObject(++i, a.operationId, Types.OTHER);
                insert.setString(++i, name(a.actionType));
                insert.setObject(++i, Timestamps.utc(a.occurredAt));
                insert.setString(++i, a.area);
                insert.setString(++i, name(a.offenceCategory));
                insert.setString(++i, a.rmsReference);
                insert.setString(++i, a.subjectReference);
                insert.setString(++i, a.officerCollarNumber);
                insert.setString(++i, a.notes);
                insert.setString(++i, name(a.securityMarking));
                insert.setString(++i, name(a.legalBasis));
                insert.setString(++i, name(a.warrantResult));
                insert.setInt(++i, a.devicesSeized);
                insert.setString(++i, name(a.seizurePower));
                insert.setObject(++i, a.s52NoticeGiven, Types.BOOLEAN);
                insert.setArray(++i, a.exhibitReferences == null ? null
                        : connection.createArrayOf("text", a.exhibitReferences.toArray()));
                insert.setInt(++i, a.childrenSafeguarded);
                insert.setInt(++i, a.personsArrested);
                insert.setInt(++i, a.personsCharged);
                insert.setArray(++i, a.personReferences == null ? null
                        : connection.createArrayOf("text", a.personReferences.toArray()));
                insert.setString(++i, a.chargeOffence);
                insert.setString(++i, name(a.safeguardingKind));
                insert.setString(++i, a.retentionGroup);
                insert.setObject(++i, a.reviewDueOn);
                insert.setObject(++i, Timestamps.utc(a.createdAt));
                insert.setObject(++i, Timestamps.utc(a.updatedAt));
                insert.setLong(++i, a.version);
                insert.setString(++i, name(a.seizeAndSift));
                insert.setString(++i, a.s52NoticeReference);
                insert.setString(++i, name(a.s52NoticeDelivery));
                insert.setObject(++i, a.warrantIssuedOn);
                insert.setString(++i, a.issuingCourt);
                insert.setObject(++i, a.warrantReturnedOn);
                insert.setString(++i, a.offenceCode);
                insert.setInt(++i, a.personsInterviewed);
                insert.setInt(++i, a.childrenFollowedUp);
                insert.setObject(++i, a.followsActionId, Types.OTHER);
                insert.setObject(++i, a.referralId, Types.OTHER);
                insert.executeUpdate();
            }
        });
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * Inserts new actions in one INSERT statement, in this transaction, in the order given. The entities are
     * not managed afterwards: nothing else in the request changes them.
     */
    public void insertAll(List<EnforcementActionEntity> actions) {
        String rows = json(actions);
        jdbc.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                insert.setString(1, rows);
                insert.executeUpdate();
            }
        });
    }

    /** The rows as the JSON array json_populate_recordset reads, keyed by column name. */
    private static String json(List<EnforcementActionEntity> actions) {
        StringWriter out = new StringWriter(actions.size() * 600);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (EnforcementActionEntity a : actions) {
                json.writeStartObject();
                json.writeStringField("id", a.id.toString());
                string(json, "operation_id", a.operationId);
                string(json, "action_type", a.actionType);
                json.writeStringField("occurred_at", a.occurredAt.toString());
                json.writeStringField("area", a.area);
                string(json, "offence_category", a.offenceCategory);
                string(json, "rms_reference", a.rmsReference);
                string(json, "subject_reference", a.subjectReference);
                string(json, "officer_collar_number", a.officerCollarNumber);
                string(json, "notes", a.notes);
                string(json, "security_marking", a.securityMarking);
                string(json, "legal_basis", a.legalBasis);
                string(json, "warrant_result", a.warrantResult);
                json.writeNumberField("devices_seized", a.devicesSeized);
                string(json, "seizure_power", a.seizurePower);
                if (a.s52NoticeGiven != null) {
                    json.writeBooleanField("s52_notice_given", a.s52NoticeGiven);
                }
                strings(json, "exhibit_references", a.exhibitReferences);
                json.writeNumberField("children_safeguarded", a.childrenSafeguarded);
                json.writeNumberField("persons_arrested", a.personsArrested);
                json.writeNumberField("persons_charged", a.personsCharged);
                strings(json, "person_references", a.personReferences);
                string(json, "charge_offence", a.chargeOffence);
                string(json, "safeguarding_kind", a.safeguardingKind);
                json.writeStringField("retention_group", a.retentionGroup);
                json.writeStringField("review_due_on", a.reviewDueOn.toString());
                json.writeStringField("created_at", a.createdAt.toString());
                json.writeStringField("updated_at", a.updatedAt.toString());
                json.writeNumberField("version", a.version);
                string(json, "seize_and_sift", a.seizeAndSift);
                string(json, "s52_notice_reference", a.s52NoticeReference);
                string(json, "s52_notice_delivery", a.s52NoticeDelivery);
                string(json, "warrant_issued_on", a.warrantIssuedOn);
                string(json, "issuing_court", a.issuingCourt);
                string(json, "warrant_returned_on", a.warrantReturnedOn);
                string(json, "offence_code", a.offenceCode);
                json.writeNumberField("persons_interviewed", a.personsInterviewed);
                json.writeNumberField("children_followed_up", a.childrenFollowedUp);
                string(json, "follows_action_id", a.followsActionId);
                string(json, "referral_id", a.referralId);
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void string(JsonGenerator json, String column, Object value) throws IOException {
        if (value != null) {
            json.writeStringField(column, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static void strings(JsonGenerator json, String column, List<String> values) throws IOException {
        if (values != null) {
            json.writeArrayFieldStart(column);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }

    /** Actions matching every filter, ordered by occurred_at then id; {@code today} decides "overdue". */
    public Page<EnforcementActionEntity> page(ActionFilter filter, LocalDate today, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        KeysetQuery query = new KeysetQuery()
                .and("disposedAt is null", Map.of())
                .and("operationId = :operationId", "operationId", filter.operationId())
                .and("actionType = :actionType", "actionType", filter.actionType())
                .and("offenceCategory = :offenceCategory", "offenceCategory", filter.offenceCategory())
                .and("offenceCode = :offenceCode", "offenceCode", filter.offenceCode())
                .and("area = :area", "area", filter.area())
                .and("warrantResult = :warrantResult", "warrantResult", filter.warrantResult())
                .and("occurredAt >= :from", "from", filter.occurred().from())
                .and("occurredAt < :before", "before", filter.occurred().to())
                .and("rmsReference = :rmsReference", "rmsReference", filter.rmsReference())
                .and("subjectReference = :subjectReference", "subjectReference", filter.subjectReference())
                .and("id in (select e.key.actionId from ActionExhibitEntity e "
                        + "where e.key.exhibitReference = :exhibitReference)", "exhibitReference", filter.exhibitReference());
        if (filter.overdueReturn() != null) {
            String overdue = "(actionType = :warrant and warrantReturnedOn is null and warrantExpiresOn < :today)";
            query.and(filter.overdueReturn() ? overdue : "not " + overdue,
                    Map.of("warrant", ActionType.SEARCH_WARRANT, "today", today));
        }
        if (filter.deviceMismatch() != null) {
            // The exhibit register (the device package, V32) names the action; read here by its entity's name, as
            // the change feed reads other features' tables, so that actions need not know devices.
            String mismatch = "(exists (select 1 from DeviceEntity d where d.actionId = this.id) and devicesSeized <>"
                    + " (select count(*) from DeviceEntity d where d.actionId = this.id))";
            query.and(filter.deviceMismatch() ? mismatch : "not " + mismatch, Map.of());
        }
        if (after != null) {
            query.after("occurredAt", Cursor.parse(after.get(0), Cursor::instant), "id",
                    Cursor.parse(after.get(1), UUID::fromString));
        }
        List<EnforcementActionEntity> rows = query.fetch(this, "occurredAt", "id", limit);
        return Page.fromOverfetch(rows, limit, a -> Cursor.encode(a.occurredAt.toString(), a.id.toString()));
    }
}
