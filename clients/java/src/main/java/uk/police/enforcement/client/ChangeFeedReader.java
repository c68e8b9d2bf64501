package uk.police.enforcement.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import uk.police.enforcement.client.api.ChangesApi;
import uk.police.enforcement.client.api.ChangesApi.APIListChangesRequest;
import uk.police.enforcement.client.model.ChangeEvent;
import uk.police.enforcement.client.model.ChangePage;

/**
 * A change-feed consumer that resumes where it stopped: it keeps the feed's cursor in a file and saves it
 * after each page it has handled, so a restart misses no entry. A crash between handling a page and saving
 * its cursor hands that page over again, so handling must be idempotent (an entry's {@code id} is unique).
 */
public final class ChangeFeedReader {

    private static final int PAGE = 500;

    private final ChangesApi changes;
    private final Path cursorFile;
    private final String justification;

    /** Reads through {@code client}, saving its position in {@code cursorFile}, saying why it reads. */
    public ChangeFeedReader(ApiClient client, Path cursorFile, String justification) {
        this.changes = new ChangesApi(client);
        this.cursorFile = cursorFile;
        this.justification = justification;
    }

    /**
     * Hands every entry after the saved position to {@code handler}, oldest first, then returns how many it
     * handed over. With {@code waitSeconds} above 0 (at most 30), an empty end of the feed is waited on once
     * for that long, so that calling this in a loop follows the feed as it grows.
     */
    public int readOn(Consumer<ChangeEvent> handler, int waitSeconds) throws ApiException, IOException {
        String after = Files.exists(cursorFile) ? Files.readString(cursorFile).strip() : null;
        int handled = 0;
        while (true) {
            ChangePage page = changes.listChanges(APIListChangesRequest.newBuilder().after(after).limit(PAGE)
                    .waitFor(handled == 0 && waitSeconds > 0 ? "PT" + waitSeconds + "S" : null)
                    .justification(justification).build());
            page.getItems().forEach(handler);
            handled += page.getItems().size();
            after = page.getCursor();
            save(after);
            if (page.getItems().isEmpty()) {
                return handled;
            }
        }
    }

    private void save(String cursor) throws IOException {
        Path temporary = cursorFile.resolveSibling(cursorFile.getFileName() + ".tmp");
        Files.writeString(temporary, cursor);
        Files.move(temporary, cursorFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
