package io.github.gcmdata.validation;

/**
 * The identifiers of one scope that dataset integrity has met, each with a number that says where
 * it was first declared: an open-addressing table of three arrays (identifier, its spread hash,
 * place), without an entry object or a boxed number per identifier.
 *
 * <p>A dataset of 10^6 records holds 10^6 identifiers, all alive until the end of the pass: a
 * {@code HashMap} would add two objects for each (its node and the place), which the garbage
 * collector traces again at each collection, and a pointer to follow at each look-up. The hashes
 * are kept so that a look-up compares the identifiers it passes over by hash first: the strings
 * are scattered over the heap, and reading one that is not the identifier sought costs a cache miss.
 *
 * <p>Not thread-safe.
 */
final class IdentifierTable {

    /** What {@link #putIfAbsent} returns for an identifier met for the first time. */
    static final long ABSENT = Long.MIN_VALUE;

    private static final int FIRST_CAPACITY = 16;

    private String[] ids = new String[FIRST_CAPACITY];
    private int[] hashes = new int[FIRST_CAPACITY];
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
        int hash = spread(id.hashCode());
        int slot = slotOf(id, hash);
        if (ids[slot] != null) {
            return places[slot];
        }
        ids[slot] = id;
        hashes[slot] = hash;
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
        return ids[slotOf(id, spread(id.hashCode()))] != null;
    }

    /** The slot that holds the identifier, or the empty slot where it would go. */
    private int slotOf(String id, int hash) {
        int mask = ids.length - 1;
        int slot = hash & mask;
        while (ids[slot] != null && (hashes[slot] != hash || !ids[slot].equals(id))) {
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
        int[] oldHashes = hashes;
        long[] oldPlaces = places;
        ids = new String[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        places = new long[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                // All identifiers differ: the first empty slot is theirs, without comparing.
                int slot = oldHashes[i] & mask;
                while (ids[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
                places[slot] = oldPlaces[i];
            }
        }
    }
}
