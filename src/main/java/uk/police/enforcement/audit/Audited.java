package uk.police.enforcement.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;
/**
 * Every call of an annotated resource is logged as DPA 2018 s.62 requires, in the same transaction
 * as the work it describes (see {@link AuditInterceptor}). Put it on every resource class.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {
}
