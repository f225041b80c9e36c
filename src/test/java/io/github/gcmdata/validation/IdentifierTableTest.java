package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table of identifiers answers as a map from identifier to first place would. */
class IdentifierTableTest {

    @Test
    void keepsTheFirstPlaceOfAnIdentifierAndReturnsItForTheNext() {
        IdentifierTable table = new IdentifierTable();

        assertThat(table.contains("iom")).isFalse();
        assertThat(table.putIfAbsent("iom", 7)).isEqualTo(IdentifierTable.ABSENT);
        assertThat(table.putIfAbsent("iom", 9)).isEqualTo(7);
        assertThat(table.putIfAbsent("iom", -3)).isEqualTo(7);
        assertThat(table.contains("iom")).isTrue();
        assertThat(table.contains("IOM")).isFalse();
    }

    @Test
    void keepsNegativeAndZeroPlaces() {
        IdentifierTable table = new IdentifierTable();
        table.putIfAbsent("nested", -1);
        table.putIfAbsent("first", 0);

        assertThat(table.putIfAbsent("nested", 5)).isEqualTo(-1);
        assertThat(table.putIfAbsent("first", 5)).isZero();
    }

    @Test
    void tellsApartIdentifiersWithTheSameHash() {
        IdentifierTable table = new IdentifierTable();
        // "Aa" and "BB" have the same String.hashCode, as have all their concatenations of equal length.
        String[] same = {"AaAa", "AaBB", "BBAa", "BBBB"};
        for (int i = 0; i < same.length; i++) {
            assertThat(table.putIfAbsent(same[i], i)).isEqualTo(IdentifierTable.ABSENT);
        }
        for (int i = 0; i < same.length; i++) {
            assertThat(table.putIfAbsent(same[i], 99)).isEqualTo(i);
        }
        assertThat(table.contains("AaAB")).isFalse();
    }

    @Test
    void keepsIdentifiersWhoseHashIsZero() {
        IdentifierTable table = new IdentifierTable();
        // Both have String.hashCode 0, the hash the table gives its empty slots.
        assertThat(table.contains("f5a5a608")).isFalse();
        assertThat(table.putIfAbsent("f5a5a608", 3)).isEqualTo(IdentifierTable.ABSENT);
        assertThat(table.putIfAbsent("", 4)).isEqualTo(IdentifierTable.ABSENT);

        assertThat(table.contains("f5a5a608")).isTrue();
        assertThat(table.contains("")).isTrue();
        assertThat(table.putIfAbsent("f5a5a608", 5)).isEqualTo(3);
        assertThat(table.putIfAbsent("", 5)).isEqualTo(4);
    }

    @Test
    void answersAsAHashMapForManyIdentifiersAcrossGrowth() {
        IdentifierTable table = new IdentifierTable();
        Map<String, Long> expected = new HashMap<>();
        Random random = new Random(20261126);
        for (int i = 0; i < 200_000; i++) {
            // Few distinct values among many, so that duplicates are frequent, and a few lengths.
            String id = "event-" + random.nextInt(120_000) + (random.nextBoolean() ? "" : "-x");
            long place = random.nextLong() >>> 1;
            Long first = expected.putIfAbsent(id, place);
            assertThat(table.putIfAbsent(id, place)).isEqualTo(first == null ? IdentifierTable.ABSENT : first);
        }
        for (int i = 0; i < 20_000; i++) {
            String id = "event-" + random.nextInt(240_000) + (random.nextBoolean() ? "" : "-x");
            assertThat(table.contains(id)).as(id).isEqualTo(expected.containsKey(id));
        }
    }
}
