package uk.police.enforcement.figure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
/**
 * An annotated method counts figures over many records (a period's summary, its time series, a drift): it waits
 * for one of the instance's few counting turns first, outside its transaction (see {@link CountingTurns}).
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface CountsFigures {

    /**
     * Whether the method first runs without a turn: every count it makes goes through the {@link FigureCache}, which
     * answers a count that cannot have changed without one and takes a turn for a count it has to make (when none is
     * free, the attempt rolls back and the method runs again once it has waited for one). A dashboard's figures
     * answered from the cache then never queue behind a slow count.
     */
    @Nonbinding
    boolean cacheFirst() default false;
}
