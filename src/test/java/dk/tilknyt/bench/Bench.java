package dk.tilknyt.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one entry point of {@code bench/run NAME [options]} (bench.md): runs
 * {@code dk.tilknyt.bench.<Name>Bench.main(options)}, so a new benchmark is just a new class.
 */
public final class Bench {

    static final List<String> KNOWN = List.of("generate", "import", "keyfigures", "roster", "web");

    private Bench() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            fail("usage: bench/run NAME [options]; benchmarks: " + available());
        }
        Method main;
        try {
            main = Class.forName(className(args[0])).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            fail("unknown benchmark '" + args[0] + "'; benchmarks: " + available());
            return;
        }
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** {@code --name value} pairs as a map; anything else is refused with the arguments named. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** The most heap this JVM's heap pools have held so far, in MB. */
    static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    /** {@code keyfigures} → {@code dk.tilknyt.bench.KeyfiguresBench}. */
    static String className(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return "-";
        }
        return Bench.class.getPackageName() + "." + Character.toUpperCase(lower.charAt(0)) + lower.substring(1) + "Bench";
    }

    private static String available() {
        return String.join(", ", KNOWN.stream().filter(name -> {
            try {
                Class.forName(className(name));
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }).toList());
    }

    private static void fail(String message) {
        System.err.println("bench: " + message);
        System.exit(2);
    }
}
