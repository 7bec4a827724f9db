package be.kompas.lookups.streams;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import be.kompas.lookups.engine.OfficerHistory;
import be.kompas.lookups.engine.Suspect;

/** Stores an officer's recent unexplained look-ups compactly, so that the state survives a restart or rebalance. */
final class OfficerHistorySerde implements Serde<OfficerHistory> {

    private static final int VERSION = 1;

    @Override
    public Serializer<OfficerHistory> serializer() {
        return (topic, history) -> {
            if (history == null) {
                return null;
            }
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                List<Suspect> suspects = history.suspects();
                out.writeByte(VERSION);
                out.writeInt(suspects.size());
                for (Suspect suspect : suspects) {
                    out.writeUTF(suspect.eventId());
                    out.writeUTF(suspect.officerId());
                    out.writeUTF(suspect.subjectId());
                    out.writeLong(suspect.ts());
                    out.writeLong(suspect.subjectKey());
                    out.writeInt(suspect.reasons());
                    out.writeBoolean(suspect.decided());
                    out.writeBoolean(suspect.proposed());
                }
                return bytes.toByteArray();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public Deserializer<OfficerHistory> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
                if (in.readByte() != VERSION) {
                    throw new IllegalStateException("unknown officer history version");
                }
                int count = in.readInt();
                List<Suspect> suspects = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    suspects.add(Suspect.restore(in.readUTF(), in.readUTF(), in.readUTF(), in.readLong(),
                            in.readLong(), in.readInt(), in.readBoolean(), in.readBoolean()));
                }
                return OfficerHistory.of(suspects);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
