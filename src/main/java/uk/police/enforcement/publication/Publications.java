package uk.police.enforcement.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.action.OffenceCodes;
import uk.police.enforcement.api.model.FigureDefinition;
import uk.police.enforcement.api.model.Publication;
import uk.police.enforcement.api.model.PublicationInput;
import uk.police.enforcement.api.model.PublicationScope;
import uk.police.enforcement.api.model.PublicationStatus;
import uk.police.enforcement.api.model.PublishedFigure;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.RecordNotFound;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.security.Caller;
import uk.police.enforcement.common.time.ClockProducer;
import uk.police.enforcement.figure.Cell;
import uk.police.enforcement.figure.FigureCatalogue;
import uk.police.enforcement.figure.FigureLists;
import uk.police.enforcement.figure.FigureQueries;
import uk.police.enforcement.figure.FigureScope;
import uk.police.enforcement.figure.FigureValues;
import uk.police.enforcement.figure.Grouping;
import uk.police.enforcement.figure.Headline;
import uk.police.enforcement.figure.Period;
import uk.police.enforcement.operation.OperationRepository;
/**
 * Publications: figures frozen for release. Proposing one stores, in one transaction, every record its scope
 * counts with what it adds to the figures, and the figures summed from exactly those records (so that what was
 * released and what its drift compares against are the same records), suppressed for release, with the
 * headline, the definitions and a hash. A second supervisor approves it; nothing of it changes after.
 */
@ApplicationScoped
public class Publications {

    private static final DateTimeFormatter CORRECT_AS_AT = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy",
            Locale.UK);

    private final PublicationRepository publications;
    private final FigureQueries figures;
    private final EntityManager em;
    private final Clock clock;
    private final Caller caller;
    private final OperationRepository operations;
    private final OffenceCodes offenceCodes;
    private final CodeList areas;
    private final FigureLists lists;
    private final Suppression suppression;
    private final ObjectMapper json;
    private final ObjectMapper canonical;

    public Publications(PublicationRepository publications, FigureQueries figures, EntityManager em, Clock clock,
            Caller caller, OperationRepository operations, OffenceCodes offenceCodes, EnforcementConfig config,
            ObjectMapper json) {
        this.publications = publications;
        this.figures = figures;
        this.em = em;
        this.clock = clock;
        this.caller = caller;
        this.operations = operations;
        this.offenceCodes = offenceCodes;
        this.areas = config.areaCodes();
        this.lists = FigureLists.of(config);
        this.suppression = new Suppression(config.publications().suppressionThreshold(),
                config.publications().suppressionThresholds());
        this.json = json;
        // The hash is over keys in order and no white space, so that anyone can recompute it from the answer.
        this.canonical = JsonMapper.builder().configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).build();
    }

    /** A publication and its status, as answered. */
    public record Answer(PublicationEntity entity, Publication publication) {
    }

    @Transactional
    public Answer propose(PublicationInput input) {
        FigureScope scope = scope(input.getScope());
        PublicationEntity publication = new PublicationEntity();
        publication.id = UUID.randomUUID();
        publication.title = input.getTitle();
        publication.status = PublicationEntity.PROPOSED;
        publication.operationId = scope.operationId();
        publication.dayFrom = scope.fromDay();
        publication.dayTo = scope.toDay();
        publication.area = scope.area();
        publication.offenceCategory = scope.offenceCategory() == null ? null : scope.offenceCategory().toString();
        publication.offenceCode = scope.offenceCode();
        publication.asAt = Timestamps.at(clock);
        publication.proposedBy = caller.subject();
        publication.proposedAt = publication.asAt;

        // The records counted, frozen in one statement; the figures are their sum.
        FigureQueries.Sql counted = figures.countedRecords(scope);
        var insert = em.createNativeQuery("insert into publication_record (publication_id, record_kind, record_id,"
                + " version, contribution) select :publication, kind, id, version, contribution from ("
                + counted.text() + ") counted");
        counted.params().forEach(insert::setParameter);
        insert.setParameter("publication", publication.id).executeUpdate();
        FigureValues values = figures.countRecords(new FigureQueries.Sql("select record_kind as kind, contribution"
                + " from publication_record where publication_id = :publication", Map.of("publication", publication.id)));
        // Referrals, crimes and devices are counted as they stand now (in the snapshot the caller began, see
        // PublicationResource): their drift shows in today's values, not by record.
        values.takeReferralsCrimesAndDevices(figures.count(scope, Grouping.NONE).getOrDefault("", FigureValues.NONE));

        List<Cell> cells = values.cells(lists);
        List<Suppression.Shown> shown = suppression.apply(cells);
        Map<String, Suppression.Shown> byKey = new LinkedHashMap<>();
        shown.forEach(s -> byKey.put(key(s.cell()), s));
        ObjectNode released = json.createObjectNode();
        released.put("title", publication.title);
        released.set("scope", json.valueToTree(scopeOf(publication, input.getScope())));
        // Written as the answer writes it (ISO, fraction without trailing zeros): toString() would write ".120"
        // or drop ":00", and a client hashing the answer would not find the stored hash.
        released.put("as_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Timestamps.utc(publication.asAt)));
        released.put("correct_as_at", "Correct as at "
                + CORRECT_AS_AT.format(publication.asAt.atZone(ClockProducer.LONDON)) + " (London)");
        released.set("figures", json.valueToTree(shown.stream().map(s -> new PublishedFigure()
                .figure(s.cell().figure()).group(s.cell().group()).shown(s.shown()).suppressed(s.suppressed())
                .value(s.suppressed() ? null : s.cell().value())).toList()));
        released.put("headline", Headline.of(values, lists.noticeTypes(), say(byKey)));
        released.set("definitions", json.valueToTree(definitionsOf(cells)));
        publication.securityMarking = values.marking().toString();
        released.put("security_marking", publication.securityMarking);
        ObjectNode content = json.createObjectNode();
        content.set("released", released);
        content.set("exact", json.valueToTree(cells));
        publication.content = content.toString();
        publication.contentHash = hash(released);
        publications.persist(publication);
        publications.flush();
        return answer(publication);
    }

    /** The second supervisor's approval: the publication is PUBLISHED, exactly as frozen. */
    @Transactional
    public Answer approve(UUID id) {
        PublicationEntity publication = proposed(id);
        if (publication.proposedBy.equals(caller.subject())) {
            throw new ApiProblem(403, "about:blank", "Forbidden",
                    "A publication must be approved by a supervisor other than the one who proposed it.", null, null);
        }
        resolve(publication, PublicationEntity.PUBLISHED, null);
        return answer(publication);
    }

    /** Either supervisor may reject a proposal; nothing was released. */
    @Transactional
    public Answer reject(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.invalidField("reason", "must not be blank");
        }
        PublicationEntity publication = proposed(id);
        resolve(publication, PublicationEntity.REJECTED, reason);
        return answer(publication);
    }

    public Answer get(UUID id) {
        return answer(require(id));
    }

    public Page<Answer> list(PublicationStatus status, int limit, String cursor) {
        Page<PublicationEntity> page = publications.list(status == null ? null : status.toString(), limit, cursor);
        return new Page<>(page.items().stream().map(this::answer).toList(), page.nextCursor(), page.limit());
    }

    PublicationEntity require(UUID id) {
        PublicationEntity publication = publications.findById(id);
        if (publication == null) {
            throw new RecordNotFound("publication");
        }
        return publication;
    }

    /** The scope a publication counts, as the figures read it. */
    static FigureScope scopeOf(PublicationEntity publication) {
        return new FigureScope(publication.dayFrom, publication.dayTo, publication.operationId, publication.area,
                publication.offenceCategory == null ? null
                        : uk.police.enforcement.api.model.OffenceCategory.fromValue(publication.offenceCategory),
                publication.offenceCode, null);
    }

    /** The released content, as stored. */
    private JsonNode released(PublicationEntity publication) {
        try {
            return json.readTree(publication.content).path("released");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A publication's stored content does not parse", e);
        }
    }

    private Answer answer(PublicationEntity publication) {
        try {
            Publication answer = json.treeToValue(released(publication), Publication.class);
            answer.id(publication.id).status(PublicationStatus.fromValue(publication.status))
                    .contentHash(publication.contentHash).proposedBy(publication.proposedBy)
                    .proposedAt(Timestamps.utc(publication.proposedAt)).resolvedBy(publication.resolvedBy)
                    .resolvedAt(Timestamps.utc(publication.resolvedAt)).rejectionReason(publication.rejectionReason);
            return new Answer(publication, answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A publication's stored content does not parse", e);
        }
    }

    private PublicationEntity proposed(UUID id) {
        PublicationEntity publication = publications.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (publication == null) {
            throw new RecordNotFound("publication");
        }
        if (!PublicationEntity.PROPOSED.equals(publication.status)) {
            throw ApiProblem.conflict("This publication was already " + publication.status.toLowerCase(Locale.ROOT)
                    + ".", List.of());
        }
        return publication;
    }

    private void resolve(PublicationEntity publication, String status, String reason) {
        publication.status = status;
        publication.resolvedBy = caller.subject();
        publication.resolvedAt = Timestamps.at(clock);
        publication.rejectionReason = reason;
        publications.flush();
    }

    /**
     * The scope asked for: one operation, or one period with optional filters; each problem a 400 naming
     * {@code scope.<field>}, an unknown operation a 422.
     */
    private FigureScope scope(PublicationScope asked) {
        List<FieldViolation> errors = new ArrayList<>();
        boolean period = asked.getDayFrom() != null || asked.getDayTo() != null || asked.getMonth() != null
                || asked.getFinancialYear() != null || asked.getFinancialQuarter() != null;
        if (asked.getOperationId() != null && period) {
            errors.add(new FieldViolation("scope.operation_id", "give an operation or a period, not both"));
        } else if (asked.getOperationId() == null && !period) {
            errors.add(new FieldViolation("scope.operation_id", "is required, or a period: day_from and day_to, "
                    + "month, financial_year or financial_quarter"));
        }
        if (asked.getOperationId() != null && (asked.getArea() != null || asked.getOffenceCategory() != null
                || asked.getOffenceCode() != null)) {
            errors.add(new FieldViolation("scope.area", "area, offence_category and offence_code narrow a period, "
                    + "not an operation"));
        }
        areas.check("scope.area", asked.getArea()).ifPresent(errors::add);
        offenceCodes.check("scope.offence_code", asked.getOffenceCode()).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        if (asked.getOperationId() != null) {
            if (operations.findByIdOptional(asked.getOperationId()).isEmpty()) {
                throw ApiProblem.unprocessable("scope.operation_id", "No operation has this id.");
            }
            return FigureScope.ofOperation(asked.getOperationId());
        }
        Period days;
        try {
            days = Period.of(asked.getDayFrom(), asked.getDayTo(), asked.getMonth(), asked.getFinancialYear(),
                    asked.getFinancialQuarter());
        } catch (ApiProblem problem) {
            throw problem.withFieldPrefix("scope.");
        }
        return new FigureScope(days.from(), days.to(), null, asked.getArea(), asked.getOffenceCategory(),
                asked.getOffenceCode(), null);
    }

    /** The scope as answered: the period always as its days, with the form it was asked in. */
    private static PublicationScope scopeOf(PublicationEntity publication, PublicationScope asked) {
        return new PublicationScope().operationId(publication.operationId).dayFrom(publication.dayFrom)
                .dayTo(publication.dayTo).month(asked.getMonth()).financialYear(asked.getFinancialYear())
                .financialQuarter(asked.getFinancialQuarter()).area(publication.area)
                .offenceCategory(asked.getOffenceCategory()).offenceCode(publication.offenceCode);
    }

    /** The catalogue's definitions of the figures released, in their order. */
    private static List<FigureDefinition> definitionsOf(List<Cell> cells) {
        return cells.stream().map(Cell::figure).distinct().map(FigureCatalogue::get)
                .map(f -> new FigureDefinition().name(f.name()).definition(f.definition()).unit(f.unit())
                        .since(f.since()).replacedBy(f.replacedBy()))
                .toList();
    }

    /**
     * How the headline says each number: as released, a suppressed one as "fewer than 5" or "an undisclosed
     * number of"; a part of a released number (the notices of a type issued with an agency) is said as small as
     * its whole when it is small itself.
     */
    private Function<Cell, String> say(Map<String, Suppression.Shown> released) {
        return cell -> {
            Suppression.Shown whole = released.get(key(cell));
            if (whole != null && whole.suppressed()) {
                return whole.shown().startsWith("<") ? "fewer than " + whole.shown().substring(1)
                        : "an undisclosed number of";
            }
            int threshold = suppression.thresholdOf(cell.figure());
            if (whole != null && whole.cell().value() != cell.value() && cell.value() > 0 && cell.value() < threshold) {
                return "fewer than " + threshold;
            }
            return Long.toString(cell.value());
        };
    }

    private static String key(Cell cell) {
        return cell.figure() + "/" + (cell.group() == null ? "" : cell.group());
    }

    /** "sha256:" and the hex SHA-256 of the released content's canonical JSON (keys in order, no white space). */
    String hash(JsonNode released) {
        try {
            byte[] canonicalJson = canonical.writeValueAsString(canonical.treeToValue(released, Object.class))
                    .getBytes(StandardCharsets.UTF_8);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalJson));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not hash a publication", e);
        }
    }

    /** The configured lists, as the figures list them. */
    FigureLists lists() {
        return lists;
    }
}
