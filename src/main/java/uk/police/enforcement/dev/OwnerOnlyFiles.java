package uk.police.enforcement.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
/** Files holding secrets for development (keys, tokens): readable by their owner only, replaced whole. */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Writes the file through a temporary one beside it, so a crash never leaves half a key. */
    static void write(Path target, String content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply.
        }
        Files.writeString(temporary, content);
        Files.move(temporary, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
