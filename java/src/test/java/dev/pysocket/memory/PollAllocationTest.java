package dev.pysocket.memory;

import static dev.pysocket.memory.WaitAllocations.POLL_CEILING;
import static dev.pysocket.memory.WaitAllocations.SELECT_CEILING;
import static dev.pysocket.memory.WaitAllocations.assertFlat;
import static dev.pysocket.memory.WaitAllocations.selector;

import dev.pysocket.Socket;
import dev.pysocket.select.Poll;
import dev.pysocket.select.Select;
import dev.pysocket.selectors.PollSelector;
import dev.pysocket.support.NativeOnlyTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PollAllocationTest: on the native backend a poll object keeps the arrays it hands poll(2)
 * from one poll() to the next, refilled only when registrations change (as CPython's
 * ufd_uptodate), so a steady-state poll allocates its result only, however many sockets are
 * registered ({@link WaitAllocations}). The jdk backend's poll opens a java.nio Selector per
 * call and registers every socket in it, which no reuse of arrays makes flat: not held here.
 */
@Timeout(180)
class PollAllocationTest extends NativeOnlyTest {
    @Test
    void pollAllocatesTheSameWhateverTheNumberRegistered() throws Exception {
        assertFlat("poll.poll(0)", POLL_CEILING, (sockets, toClose) -> {
            Poll p = new Poll();
            for (Socket s : sockets) {
                p.register(s, Select.POLLIN);
            }
            return () -> p.poll(0).size();
        });
    }

    @Test
    void pollSelectorSelectAllocatesTheSameWhateverTheNumberRegistered() throws Exception {
        assertFlat("PollSelector.select(0)", SELECT_CEILING, selector(PollSelector::new));
    }
}
