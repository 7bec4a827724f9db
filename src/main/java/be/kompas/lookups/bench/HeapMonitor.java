package be.kompas.lookups.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures heap use during a phase two ways: the sum of the heap pools' peaks (an upper bound: the young generation
 * fills up whatever is live) and the most heap still used right after a collection (what was really live).
 */
final class HeapMonitor implements AutoCloseable {

    private final List<Runnable> unsubscribe = new ArrayList<>();
    private volatile long maxAfterGc;

    HeapMonitor() {
        System.gc();
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long used = 0;
                Map<String, MemoryUsage> after = info.getGcInfo().getMemoryUsageAfterGc();
                for (MemoryPoolMXBean pool : heapPools()) {
                    MemoryUsage usage = after.get(pool.getName());
                    used += usage == null ? 0 : usage.getUsed();
                }
                maxAfterGc = Math.max(maxAfterGc, used);
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    }
                    catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
    }

    long peakPoolsBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    long maxAfterGcBytes() {
        return maxAfterGc;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    @Override
    public void close() {
        unsubscribe.forEach(Runnable::run);
    }
}
