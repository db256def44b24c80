package org.seatkeeper.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.seatkeeper.emulator.connectwise.ConnectWisePsa;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.partnercenter.PartnerCenterState;

/**
 * What the emulated providers remember between runs of a demo: their tenants and subscriptions (with the customers
 * created through the APIs), the emulated day, Partner Center's records (created customers, attestations) and the PSA's
 * book. Tokens, faults, Pax8's change history and Ion's order numbers are not kept: a restarted demo gets fresh
 * credentials anyway. Java serialization of the emulator's own classes, read back only by the same emulator version
 * from a file in the owner-only data directory; a file written by another version is not read (the world is then
 * generated afresh).
 */
record SavedWorld(World world, PartnerCenterState partnerCenter, ConnectWisePsa psa) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Only the emulator's own classes and the JDK and Jackson values they hold are read back. */
    private static final ObjectInputFilter ONLY_EMULATOR_CLASSES = ObjectInputFilter.Config.createFilter(
            "org.seatkeeper.emulator.**;java.**;com.fasterxml.jackson.databind.node.*;maxdepth=200;!*");

    static Optional<SavedWorld> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_EMULATOR_CLASSES);
            return Optional.of((SavedWorld) objects.readObject());
        } catch (ClassNotFoundException | ClassCastException | java.io.InvalidClassException e) {
            throw new IOException("written by another version of the emulator (" + e.getMessage() + ")", e);
        }
    }

    /** Written beside the file and then moved over it, so a crash while saving leaves the last saved world. */
    void write(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            world.read(() -> {
                try {
                    objects.writeObject(this);
                    return null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
