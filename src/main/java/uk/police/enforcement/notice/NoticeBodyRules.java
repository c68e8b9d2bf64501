package uk.police.enforcement.notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.api.model.Legislation;
import uk.police.enforcement.api.model.PartnerNoticeInput;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.config.Pairs;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.problem.Wording;
import uk.police.enforcement.common.web.BodyRules;
import uk.police.enforcement.common.web.Range;
/**
 * A notice's rules beyond its schema: a configured type; a partner agency unless the police issue that type
 * themselves; legislation the type may cite, given as such or by a configured label; a follow-up not before
 * the issue. A configuration that does not parse stops start-up with the setting's name.
 */
@ApplicationScoped
public class NoticeBodyRules implements BodyRules<PartnerNoticeInput> {

    private final CodeList noticeTypes;
    private final Set<String> policeIssued;
    private final Map<String, Set<Legislation>> legislationByType = new LinkedHashMap<>();
    private final Map<String, Legislation> aliases = new LinkedHashMap<>();

    public NoticeBodyRules(EnforcementConfig config) {
        this.noticeTypes = config.noticeTypeCodes();
        EnforcementConfig.Notices notices = config.notices();
        this.policeIssued = Set.copyOf(notices.policeIssuedTypes());
        Pairs.parse(notices.legislation(), "enforcement.notices.legislation").forEach((type, cited) ->
                legislationByType.put(type, Arrays.stream(cited.trim().split("\\s+"))
                        .map(l -> legislation(l, "enforcement.notices.legislation"))
                        .collect(Collectors.toUnmodifiableSet())));
        Pairs.parse(notices.legislationAliases(), "enforcement.notices.legislation-aliases").forEach((label, l) ->
                aliases.put(normal(label), legislation(l, "enforcement.notices.legislation-aliases")));
    }

    @Override
    public Class<PartnerNoticeInput> bodyType() {
        return PartnerNoticeInput.class;
    }

    @Override
    public List<FieldViolation> check(PartnerNoticeInput body) {
        List<FieldViolation> errors = new ArrayList<>();
        noticeTypes.check("notice_type", body.getNoticeType()).ifPresent(errors::add);
        if (body.getPartnerAgencyId() == null && body.getNoticeType() != null
                && !policeIssued.contains(body.getNoticeType())) {
            errors.add(new FieldViolation("partner_agency_id", "is required for a " + body.getNoticeType()
                    + " notice (only " + String.join(", ", policeIssued) + " may be issued by the police alone)"));
        }
        Legislation cited = body.getLegislation();
        if (body.getLegislationLabel() != null) {
            Legislation labelled = aliases.get(normal(body.getLegislationLabel()));
            if (labelled == null) {
                errors.add(new FieldViolation("legislation_label", "must be one of the labels "
                        + aliases.keySet().stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(", "))
                        + ", or give legislation itself"));
            } else if (cited != null && cited != labelled) {
                errors.add(new FieldViolation("legislation", "differs from legislation_label (\""
                        + body.getLegislationLabel() + "\" is " + labelled + "): give one"));
            }
            cited = labelled;
        }
        Set<Legislation> allowed = legislationByType.get(body.getNoticeType());
        if (cited != null && allowed != null && !allowed.contains(cited)) {
            errors.add(new FieldViolation(body.getLegislationLabel() != null ? "legislation_label" : "legislation",
                    Wording.withArticle(body.getNoticeType()) + " notice cites one of "
                            + allowed.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))));
        }
        new Range<>(body.getIssuedOn(), body.getFollowUpDue()).violation("issued_on", "follow_up_due")
                .ifPresent(errors::add);
        return errors;
    }

    /** The legislation the notice cites: as given, or by its label (call once {@link #check} found no problem). */
    Legislation legislationOf(PartnerNoticeInput body) {
        return body.getLegislationLabel() != null ? aliases.get(normal(body.getLegislationLabel()))
                : body.getLegislation();
    }

    @Override
    public Optional<String> instead(String field) {
        return field.equals("status") ? Optional.of("is not set on the notice: it changes only by a transition, "
                + "POST /api/v2/partner-notices/{notice_id}/transitions with If-Match") : Optional.empty();
    }

    /** "Section  4" and "section 4" are one label. */
    private static String normal(String label) {
        return label.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Legislation legislation(String value, String setting) {
        try {
            return Legislation.fromValue(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + value + " is not a Legislation value");
        }
    }
}
