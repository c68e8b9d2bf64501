package uk.police.enforcement.figure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;
/**
 * An annotated method counts figures over many records (a period's summary, its time series, a drift): it waits
 * for one of the instance's few counting turns first, outside its transaction (see {@link CountingTurns}).
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface CountsFigures {
}
