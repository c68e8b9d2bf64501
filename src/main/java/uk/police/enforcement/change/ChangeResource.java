package uk.police.enforcement.change;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

import uk.police.enforcement.api.ChangesApi;
import uk.police.enforcement.api.model.ChangePage;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.security.Caller;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.ShutdownDrain;
/** The change feed: CloudEvents pages in feed order, with a long poll at its end. */
@Audited
public class ChangeResource implements ChangesApi {

    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final ChangeFeed feed;
    private final ChangeNotifications notifications;
    private final Caller caller;
    private final ChangeEvents events;

    public ChangeResource(ChangeFeed feed, ChangeNotifications notifications, Caller caller, ChangeEvents events) {
        this.feed = feed;
        this.notifications = notifications;
        this.caller = caller;
        this.events = events;
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response listChanges(String after, Integer limit, String wait, String xRequestId, String justification) {
        Duration patience = wait == null ? Duration.ZERO : Duration.parse(wait);
        if (patience.compareTo(MAX_WAIT) > 0) {
            throw ApiProblem.invalidField("wait", "must be at most PT30S");
        }
        int size = limit == null ? 100 : limit;
        Optional<String> agency = caller.partnerAgency();
        ChangeFeed.Position from = ChangeFeed.Position.of(after, ChangeFeed.AFTER);
        ChangeFeed.Page page;
        try {
            page = feed.page(from, size, agency);
            if (page.entries().isEmpty() && !patience.isZero() && notifications.startWaiting()) {
                try {
                    page = waitForEntries(from, size, agency, System.nanoTime() + patience.toNanos());
                } finally {
                    notifications.endWaiting();
                }
            }
        } catch (ChangeFeed.PositionExpired expired) {
            throw expired.problem();
        }
        return Response.ok(new ChangePage().items(page.entries().stream().map(events::toApi).toList())
                .cursor(page.cursor()).limit(size)).build();
    }

    /** Reads again on every notification, and at least every second, until an entry or the deadline comes. */
    private ChangeFeed.Page waitForEntries(ChangeFeed.Position after, int size, Optional<String> agency, long deadline) {
        ChangeFeed.Page page;
        do {
            long seen = notifications.generation();
            page = feed.page(after, size, agency);
            long remaining = deadline - System.nanoTime();
            if (!page.entries().isEmpty() || remaining <= 0 || ShutdownDrain.draining()) {
                return page;
            }
            try {
                notifications.awaitAfter(seen, Duration.ofNanos(Math.min(remaining,
                        Duration.ofMillis(ChangeNotifications.pollMillis()).toNanos())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return page;
            }
        } while (true);
    }
}
