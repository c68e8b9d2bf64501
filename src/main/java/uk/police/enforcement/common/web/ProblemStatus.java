package uk.police.enforcement.common.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import uk.police.enforcement.common.problem.ApiProblem;
/**
 * The HTTP status {@link ProblemMappers} will answer for an exception, for code that must record the
 * outcome before the mapper runs (the audit log). Keep the two in step.
 */
public final class ProblemStatus {

    private ProblemStatus() {
    }

    public static int of(Throwable e) {
        if (e instanceof ApiProblem problem) {
            return problem.status();
        }
        ApiProblem recordProblem = RecordProblems.toProblem(e);
        if (recordProblem != null) {
            return recordProblem.status();
        }
        if (e instanceof WebApplicationException web) {
            return web.getCause() instanceof ApiProblem problem ? problem.status() : web.getResponse().getStatus();
        }
        if (e instanceof UnauthorizedException || e instanceof AuthenticationFailedException) {
            return 401;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return 412;
        }
        ApiProblem constraint = DatabaseConstraints.toProblem(e);
        if (constraint != null) {
            return constraint.status();
        }
        if (ProblemMappers.isDatabaseUnavailable(e)) {
            return 503;
        }
        if (ProblemMappers.isBodyTooLarge(e)) {
            return 413;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataException) {
                return 400;
            }
        }
        return 500;
    }
}
