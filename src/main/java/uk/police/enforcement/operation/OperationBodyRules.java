package uk.police.enforcement.operation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.api.model.OperationInput;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.web.BodyRules;
import uk.police.enforcement.common.web.Range;
/** An operation's rule beyond its schema: it does not end before it starts. */
@ApplicationScoped
public class OperationBodyRules implements BodyRules<OperationInput> {

    @Override
    public Class<OperationInput> bodyType() {
        return OperationInput.class;
    }

    @Override
    public List<FieldViolation> check(OperationInput body) {
        return new Range<>(body.getStartDate(), body.getEndDate()).violation("start_date", "end_date").stream()
                .toList();
    }
}
