package uk.police.enforcement.common.web;

import uk.police.enforcement.common.persistence.InvalidCursor;
import uk.police.enforcement.common.persistence.RecordDisposed;
import uk.police.enforcement.common.persistence.RecordNotFound;
import uk.police.enforcement.common.persistence.VersionMismatch;
import uk.police.enforcement.common.problem.ApiProblem;
/** The problem each of the persistence helpers' own exceptions stands for (404, 412, 400 naming cursor). */
final class RecordProblems {

    private RecordProblems() {
    }

    /** The problem for {@code e}, or null when it is not one of the persistence helpers' exceptions. */
    static ApiProblem toProblem(Throwable e) {
        if (e instanceof RecordNotFound notFound) {
            return ApiProblem.notFound(notFound.getMessage());
        }
        if (e instanceof RecordDisposed disposed) {
            return ApiProblem.gone(disposed.getMessage());
        }
        if (e instanceof VersionMismatch mismatch) {
            return ApiProblem.preconditionFailed("The record has changed since it was read (current ETag "
                    + EntityTags.of(mismatch.currentVersion()) + ").");
        }
        if (e instanceof InvalidCursor invalid) {
            return ApiProblem.invalidField(invalid.parameter(), "is not a cursor issued by this list; start again without it");
        }
        return null;
    }
}
