package dk.tilknyt.imports.check;

/**
 * Which line of the file each id is on: an open-addressing hash table of ids and line numbers, so a file
 * of a million rows needs three arrays rather than a million map entries and boxed numbers. Hash codes are
 * mixed (Fibonacci hashing) because ids like {@code a1, a2, ...} have hash codes in runs, and kept beside the
 * ids, so a probe compares two ints and only touches a stored String when the hash codes match (a probe that
 * followed every String it passed would miss the cache two or three times per step).
 */
final class IdLines {

    private String[] ids = new String[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int[] lines = new int[1 << 10];
    private int size;

    /** Records the id's line; returns the line it was already on, or 0 when it is new. */
    int putIfAbsent(String id, int line) {
        if (size * 2 >= ids.length) {
            grow();
        }
        int hash = id.hashCode();
        int slot = slot(ids, hashes, id, hash);
        if (ids[slot] != null) {
            return lines[slot];
        }
        ids[slot] = id;
        hashes[slot] = hash;
        lines[slot] = line;
        size++;
        return 0;
    }

    boolean contains(String id) {
        return ids[slot(ids, hashes, id, id.hashCode())] != null;
    }

    private static int slot(String[] table, int[] hashes, String id, int hash) {
        int mask = table.length - 1;
        int slot = hash * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
        while (table[slot] != null && (hashes[slot] != hash || !table[slot].equals(id))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        int[] oldLines = lines;
        ids = new String[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        lines = new int[oldIds.length * 2];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slot(ids, hashes, oldIds[i], oldHashes[i]);
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
