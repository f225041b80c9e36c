package io.github.gcmdata.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes whole files atomically, for every writer of the library ({@code GcmJson}, the exporters
 * and the command line).
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes the bytes as the file's whole content, atomically: readers of the file see either its
     * old content or the whole new one, never a part, and a failed write leaves the old file as it
     * was.
     *
     * <p>The bytes go to a temporary file in the same directory, are forced to the storage device,
     * and the temporary file is then moved over the target in one atomic step. Only where the file
     * system cannot move atomically is the target replaced by an ordinary move.
     *
     * @param file  the file to create or replace, not null; its directory must exist
     * @param content  the bytes, not null
     * @throws UncheckedIOException if the file cannot be written; no temporary file is left behind
     */
    public static void write(Path file, byte[] content) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The write has failed already, and that failure is the one to report.
                }
            }
        }
    }
}
