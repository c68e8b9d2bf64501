package uk.police.enforcement.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import uk.police.enforcement.api.model.DriftedFigure;
import uk.police.enforcement.api.model.DriftedRecord;
import uk.police.enforcement.api.model.DriftedRecordChange;
import uk.police.enforcement.api.model.PublicationDrift;
import uk.police.enforcement.api.model.PublishedFigure;
import uk.police.enforcement.api.model.ReviewRecordType;
import uk.police.enforcement.common.persistence.ReadSnapshot;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.figure.Cell;
import uk.police.enforcement.figure.CountsFigures;
import uk.police.enforcement.figure.FigureQueries;
import uk.police.enforcement.figure.FigureScope;
import uk.police.enforcement.figure.FigureValues;
import uk.police.enforcement.figure.Grouping;
/**
 * What has changed since a publication was frozen: the records its scope counted then (publication_record)
 * against those it counts now, joined by id. A record on one side only was created, deleted, or moved into or
 * out of the scope; on both with another version, changed or disposed of; its change moves a figure exactly when
 * what it adds to the figures differs. Beside each published number, its value today.
 */
@ApplicationScoped
public class Drifts {

    /** The drift's records listed in an answer; all are counted. */
    static final int LISTED = 1000;

    private final Publications publications;
    private final FigureQueries figures;
    private final ReadSnapshot snapshot;
    private final EntityManager em;
    private final Clock clock;

    public Drifts(Publications publications, FigureQueries figures, EntityManager em, Clock clock,
            ReadSnapshot snapshot) {
        this.snapshot = snapshot;
        this.publications = publications;
        this.figures = figures;
        this.em = em;
        this.clock = clock;
    }

    /** One snapshot: the records and today's figures read in one read-only snapshot. */
    @CountsFigures
    @Transactional
    public PublicationDrift of(UUID id) {
        snapshot.begin();
        PublicationEntity publication = publications.require(id);
        Instant checkedAt = Timestamps.at(clock);
        List<DriftedRecord> records = new ArrayList<>();
        for (Object[] row : rows(publication, "select kind, id, now_version, then_version, same_contribution,"
                + " created_at, disposed_at, present from drifted order by id limit " + LISTED)) {
            String kind = (String) row[0];
            UUID recordId = (UUID) row[1];
            boolean now = row[2] != null;
            boolean then = row[3] != null;
            Instant createdAt = Timestamps.instant(row[5]);
            Instant disposedAt = Timestamps.instant(row[6]);
            boolean present = Boolean.TRUE.equals(row[7]);
            DriftedRecordChange change;
            if (!present) {
                change = DriftedRecordChange.DELETED;
            } else if (!then && createdAt.isAfter(publication.asAt)) {
                change = DriftedRecordChange.CREATED;
            } else if (disposedAt != null && disposedAt.isAfter(publication.asAt)) {
                change = DriftedRecordChange.DISPOSED;
            } else {
                change = DriftedRecordChange.CHANGED;
            }
            boolean sameContribution = now && then && Boolean.TRUE.equals(row[4]);
            ReviewRecordType type = kind.equals("action") ? ReviewRecordType.ENFORCEMENT_ACTION
                    : ReviewRecordType.PARTNER_NOTICE;
            records.add(new DriftedRecord().recordType(type).recordId(recordId)
                    .href((kind.equals("action") ? "/api/v2/enforcement-actions/" : "/api/v2/partner-notices/")
                            + recordId)
                    .change(change).changesFigures(!sameContribution));
        }
        long total = ((Number) rows(publication, "select count(*) from drifted").get(0)[0]).longValue();

        FigureScope scope = Publications.scopeOf(publication);
        FigureValues today = figures.count(scope, Grouping.NONE).getOrDefault("", FigureValues.NONE);
        Map<String, Long> todayByKey = new HashMap<>();
        today.cells(publications.lists()).forEach(c -> todayByKey.put(key(c), c.value()));
        List<DriftedFigure> drifted = new ArrayList<>();
        for (PublishedFigure published : publications.get(id).publication().getFigures()) {
            drifted.add(new DriftedFigure().figure(published.getFigure()).group(published.getGroup())
                    .published(published.getShown())
                    .today(todayByKey.getOrDefault(published.getFigure() + "/"
                            + (published.getGroup() == null ? "" : published.getGroup()), 0L)));
        }
        return new PublicationDrift().publicationId(id).asAt(Timestamps.utc(publication.asAt))
                .checkedAt(Timestamps.utc(checkedAt)).figures(drifted).records(records).recordsTotal(total);
    }

    /** How many records have drifted from a publication (for the drift watch). */
    long count(PublicationEntity publication) {
        return ((Number) rows(publication, "select count(*) from drifted").get(0)[0]).longValue();
    }

    /**
     * {@code select} over "drifted": each record counted then or now whose version differs, with both versions,
     * whether its contribution is the same, and whether (and when made and disposed of) it exists now.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(PublicationEntity publication, String select) {
        FigureQueries.Sql now = figures.countedRecords(Publications.scopeOf(publication));
        String sql = "with now_set as (" + now.text() + "),"
                + " then_set as (select record_kind as kind, record_id as id, version, contribution"
                + " from publication_record where publication_id = :publication),"
                + " drifted as (select coalesce(n.kind, t.kind) as kind, coalesce(n.id, t.id) as id,"
                + " n.version as now_version, t.version as then_version,"
                + " n.contribution = t.contribution as same_contribution,"
                + " cur.created_at, cur.disposed_at, cur.id is not null as present"
                + " from now_set n full join then_set t on n.kind = t.kind and n.id = t.id"
                + " left join lateral (select a.id, a.created_at, a.disposed_at from enforcement_action a"
                + " where coalesce(n.kind, t.kind) = 'action' and a.id = coalesce(n.id, t.id)"
                + " union all select p.id, p.created_at, p.disposed_at from partner_notice p"
                + " where coalesce(n.kind, t.kind) = 'notice' and p.id = coalesce(n.id, t.id)) cur on true"
                + " where n.id is null or t.id is null or n.version <> t.version) " + select;
        Query query = em.createNativeQuery(sql);
        now.params().forEach(query::setParameter);
        query.setParameter("publication", publication.id);
        List<Object> result = query.getResultList();
        List<Object[]> rows = new ArrayList<>();
        result.forEach(r -> rows.add(r instanceof Object[] array ? array : new Object[] { r }));
        return rows;
    }

    private static String key(Cell cell) {
        return cell.figure() + "/" + (cell.group() == null ? "" : cell.group());
    }
}
