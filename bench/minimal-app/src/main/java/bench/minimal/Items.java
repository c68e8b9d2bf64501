package bench.minimal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One resource behind a JWT role, so that REST, Jackson and security start as they do for the service. */
@Path("/items")
public class Items {

    @GET
    @RolesAllowed("reader")
    public List<Item> list() {
        return Item.listAll();
    }
}
