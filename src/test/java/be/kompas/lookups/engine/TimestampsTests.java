package be.kompas.lookups.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TimestampsTests {

    @Test
    void readsWhatJavaTimeReads() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 10_000; i++) {
            long millis = random.nextLong(4_102_444_800_000L);
            int quarterHours = random.nextInt(-18 * 4, 18 * 4 + 1);
            OffsetDateTime time = Instant.ofEpochMilli(i % 2 == 0 ? millis : millis / 1000 * 1000)
                    .atOffset(ZoneOffset.ofTotalSeconds(quarterHours * 900));
            assertThat(Timestamps.parse(time.toString())).as(time.toString())
                    .isEqualTo(time.toInstant().toEpochMilli());
        }
    }

    @Test
    void readsTheFormatOfTheExchangeFormat() {
        assertThat(Timestamps.parse("2026-03-14T22:41:07+01:00"))
                .isEqualTo(OffsetDateTime.parse("2026-03-14T22:41:07+01:00").toInstant().toEpochMilli());
        assertThat(Timestamps.parse("2026-03-14T21:41:07Z")).isEqualTo(Timestamps.parse("2026-03-14T22:41:07+01:00"));
    }

    @Test
    void rejectsTimestampsWithoutOffsetOrWithImpossibleDates() {
        assertThat(Timestamps.parse("2026-03-14T22:41:07")).isEqualTo(Timestamps.INVALID);
        assertThat(Timestamps.parse("2026-03-14 22:41")).isEqualTo(Timestamps.INVALID);
        assertThat(Timestamps.parse("2026-02-30T10:00:00+01:00")).isEqualTo(Timestamps.INVALID);
        assertThat(Timestamps.parse("")).isEqualTo(Timestamps.INVALID);
    }

    @Test
    void readsTheSameWhenItRemembersTheLastDate() {
        Timestamps.Parser parser = new Timestamps.Parser();
        String[] texts = { "2026-03-14T22:41:07+01:00", "2026-03-14T23:59:59.5+01:00", "2026-03-14T24:00:00+01:00",
            "2026-03-15T00:00:01Z", "2026-03-15 00:00:01Z", "2026-02-29T10:00:00+01:00", "2024-02-29T10:00:00+01:00",
            "0026-03-14T22:41:07+01:00", "2026-03-14T22:41:07", "2026-03-14T22:41:07+01:00", "short" };
        for (String text : texts) {
            byte[] bytes = (text + ",next").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(parser.parse(bytes, 0, text.length())).as(text).isEqualTo(Timestamps.parse(text));
        }
    }
}
