package be.kompas.lookups.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures heap use during a phase two ways: the most heap in use at any moment, garbage included (sampled every
 * millisecond), and the most heap still used right after a collection (what was really live).
 */
final class HeapMonitor implements AutoCloseable {

    private final List<Runnable> unsubscribe = new ArrayList<>();
    private volatile long maxAfterGc;
    private volatile long maxUsed;
    private volatile boolean sampling = true;

    HeapMonitor() {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread sampler = new Thread(() -> {
            while (sampling) {
                maxUsed = Math.max(maxUsed, memory.getHeapMemoryUsage().getUsed());
                LockSupport.parkNanos(1_000_000);
            }
        }, "kompas-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
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

    long maxUsedBytes() {
        return maxUsed;
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
        sampling = false;
        unsubscribe.forEach(Runnable::run);
    }
}
