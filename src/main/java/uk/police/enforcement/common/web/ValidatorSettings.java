package uk.police.enforcement.common.web;

import java.lang.annotation.ElementType;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * How Hibernate Validator walks what it validates. With Hibernate ORM present, Quarkus asks the persistence
 * provider, for every property of every object, whether it is loaded (so that validation does not load a lazy
 * association), and Hibernate Validator remembers each answer for the length of one validation in a map keyed by
 * object and property. What the validator checks here are request bodies and parameters of the generated
 * contract types, never entities (Hibernate ORM validates entities with a resolver of its own), so every property
 * is there to be read: for a batch of 1,000 actions the asking and the map (tens of thousands of entries) took a
 * quarter of the JVM's time (JFR).
 */
@ApplicationScoped
public class ValidatorSettings implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.traversableResolver(new EveryProperty());
        configuration.enableTraversableResolverResultCache(false);
    }

    /** Every property may be read and cascaded into. */
    static final class EveryProperty implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }
    }
}
