package bench.minimal;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One entity, so that Hibernate ORM starts as it does for the service. */
@Entity
public class Item extends PanacheEntity {
    public String name;
}
