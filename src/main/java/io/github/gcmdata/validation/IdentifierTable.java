package io.github.gcmdata.validation;

/**
 * The identifiers of one scope that dataset integrity has met, each with a number that says where
 * it was first declared: an open-addressing table of two arrays, without an entry object or a
 * boxed number per identifier.
 *
 * <p>A dataset of 10^6 records holds 10^6 identifiers, all alive until the end of the pass: a
 * {@code HashMap} would add two objects for each (its node and the place), which the garbage
 * collector traces again at each collection, and a pointer to follow at each look-up.
 *
 * <p>Not thread-safe.
 */
final class IdentifierTable {

    /** What {@link #putIfAbsent} returns for an identifier met for the first time. */
    static final long ABSENT = Long.MIN_VALUE;

    private static final int FIRST_CAPACITY = 16;

    private String[] ids = new String[FIRST_CAPACITY];
    private long[] places = new long[FIRST_CAPACITY];
    private int size;

    /**
     * Keeps an identifier and its place, unless it was met before.
     *
     * @param id  the identifier, not null
     * @param place  where it is declared, any number but {@link #ABSENT}
     * @return {@link #ABSENT} if the identifier is new, else the place it was first declared at
     */
    long putIfAbsent(String id, long place) {
        int slot = slotOf(id);
        if (ids[slot] != null) {
            return places[slot];
        }
        ids[slot] = id;
        places[slot] = place;
        size++;
        // Half full at most: look-ups of identifiers not met yet (forward references) stay short.
        if (size * 2 > ids.length) {
            grow();
        }
        return ABSENT;
    }

    /**
     * Tells whether an identifier was met.
     *
     * @param id  the identifier, not null
     * @return true if it was kept
     */
    boolean contains(String id) {
        return ids[slotOf(id)] != null;
    }

    /** The slot that holds the identifier, or the empty slot where it would go. */
    private int slotOf(String id) {
        int mask = ids.length - 1;
        int slot = spread(id.hashCode()) & mask;
        while (ids[slot] != null && !ids[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Mixes the high bits of a hash into the low ones, which pick the slot: identifiers often differ only at the end. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }

    private void grow() {
        String[] oldIds = ids;
        long[] oldPlaces = places;
        ids = new String[oldIds.length * 2];
        places = new long[oldIds.length * 2];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slotOf(oldIds[i]);
                ids[slot] = oldIds[i];
                places[slot] = oldPlaces[i];
            }
        }
    }
}
