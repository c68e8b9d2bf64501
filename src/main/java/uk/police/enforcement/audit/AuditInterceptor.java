package uk.police.enforcement.audit;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

import uk.police.enforcement.common.web.ProblemMappers;
import uk.police.enforcement.common.web.ProblemStatus;
/**
 * Runs an audited change and its log entry in one transaction (services join it), so a change never
 * commits without its entry. A read's entry is committed with other reads' entries by the group commit
 * ({@link ConsultationLog}) before its answer is returned, so a read whose entry cannot be written fails.
 * A request that fails is logged too, with its error status, in a transaction of its own.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AuditInterceptor {

    private static final Logger LOG = Logger.getLogger(AuditInterceptor.class);

    private final AuditLog auditLog;
    private final CurrentVertxRequest currentRequest;

    public AuditInterceptor(AuditLog auditLog, CurrentVertxRequest currentRequest) {
        this.auditLog = auditLog;
        this.currentRequest = currentRequest;
    }

    @AroundInvoke
    Object audit(InvocationContext context) throws Exception {
        try {
            auditLog.nameCallerInLogs();
            if (auditLog.isConsultation()) {
                // A read needs no transaction of its own (one that reads several tables in one snapshot
                // opens it in its service), and its entry goes through the group commit: the answer leaves
                // only once that entry is durable.
                auditLog.requireJustification();
                Object result = context.proceed();
                auditLog.recordConsultation(statusOf(result), result instanceof Response response ? response : null);
                return result;
            }
            // Joins the caller's transaction or starts one; services' @Transactional methods join it.
            return QuarkusTransaction.joiningExisting().call(() -> {
                auditLog.requireJustification(); // a change needs none, but one given must fit the log
                auditLog.carryTraceIntoFeed();
                Object result = context.proceed();
                auditLog.record(statusOf(result), result instanceof Response response ? response : null);
                return result;
            });
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception cause ? recordFailure(cause) : e;
        } catch (RuntimeException e) {
            throw recordFailure(e);
        } catch (Error e) {
            throw recordFailure(e);
        } catch (Exception e) {
            throw recordFailure(e);
        }
    }

    /** Logs a failed request in a transaction of its own (the work's transaction rolled back). */
    private <T extends Throwable> T recordFailure(T e) {
        int status = ProblemStatus.of(e);
        try {
            QuarkusTransaction.requiringNew().run(() -> auditLog.record(status, null));
        } catch (RuntimeException logFailure) {
            LOG.errorf("Could not write the audit entry of a failed request (status %d): %s", status,
                    ProblemMappers.kindOf(logFailure));
        }
        return e;
    }

    static int statusOf(Object result) {
        return result instanceof Response response ? response.getStatus() : 200;
    }
}
