package uk.police.enforcement.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.api.model.PartnerNoticeInput;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.web.BodyRules;
import uk.police.enforcement.common.web.Range;
/** A notice's rules beyond its schema: a configured type, and a follow-up not before the issue. */
@ApplicationScoped
public class NoticeBodyRules implements BodyRules<PartnerNoticeInput> {

    private final CodeList noticeTypes;

    public NoticeBodyRules(EnforcementConfig config) {
        this.noticeTypes = config.noticeTypeCodes();
    }

    @Override
    public Class<PartnerNoticeInput> bodyType() {
        return PartnerNoticeInput.class;
    }

    @Override
    public List<FieldViolation> check(PartnerNoticeInput body) {
        List<FieldViolation> errors = new ArrayList<>();
        noticeTypes.check("notice_type", body.getNoticeType()).ifPresent(errors::add);
        new Range<>(body.getIssuedOn(), body.getFollowUpDue()).violation("issued_on", "follow_up_due")
                .ifPresent(errors::add);
        return errors;
    }

    @Override
    public Optional<String> instead(String field) {
        return field.equals("status") ? Optional.of("is not set on the notice: it changes only by a transition, "
                + "POST /api/v2/partner-notices/{notice_id}/transitions with If-Match") : Optional.empty();
    }
}
