package dev.pysocket.memory;

import static dev.pysocket.memory.WaitAllocations.POLL_CEILING;
import static dev.pysocket.memory.WaitAllocations.SELECT_CEILING;
import static dev.pysocket.memory.WaitAllocations.assertFlat;
import static dev.pysocket.memory.WaitAllocations.selector;

import dev.pysocket.Socket;
import dev.pysocket.internal.Capability;
import dev.pysocket.select.Epoll;
import dev.pysocket.select.Select;
import dev.pysocket.selectors.DefaultSelector;
import dev.pysocket.selectors.EpollSelector;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SelectorAllocationTest: a steady-state select of an epoll-based selector, or poll of an
 * epoll object, allocates what Python's API returns (the result list and its entries), not
 * scratch memory sized by maxevents, which selectors.EpollSelector makes the number of
 * registered sockets ({@link WaitAllocations}). On the jdk backend epoll raises its
 * capability error, and DefaultSelector is a java.nio Selector kept open, held to the same.
 */
@Timeout(180)
class SelectorAllocationTest extends BackendTest {
    /** epoll.poll(0, maxevents = registered), as selectors.EpollSelector asks it. */
    @Test
    @Requires(Capability.EPOLL)
    void epollPollAllocatesTheSameWhateverTheNumberRegistered() throws Exception {
        assertFlat("epoll.poll(0, len(registered))", POLL_CEILING, (sockets, toClose) -> {
            Epoll ep = new Epoll();
            toClose.add(ep);
            for (Socket s : sockets) {
                ep.register(s, Select.EPOLLIN);
            }
            int maxevents = sockets.size();
            return () -> ep.poll(0.0, maxevents).size();
        });
    }

    /** epoll.poll(0) asks for up to FD_SETSIZE - 1 events: no scratch of that size either. */
    @Test
    @Requires(Capability.EPOLL)
    void epollPollWithTheDefaultMaxeventsAllocatesLittle() throws Exception {
        assertFlat("epoll.poll(0)", POLL_CEILING, (sockets, toClose) -> {
            Epoll ep = new Epoll();
            toClose.add(ep);
            for (Socket s : sockets) {
                ep.register(s, Select.EPOLLIN);
            }
            return () -> ep.poll(0.0).size();
        });
    }

    @Test
    @Requires(Capability.EPOLL)
    void epollSelectorSelectAllocatesTheSameWhateverTheNumberRegistered() throws Exception {
        assertFlat("EpollSelector.select(0)", SELECT_CEILING, selector(EpollSelector::new));
    }

    /** DefaultSelector: an EpollSelector on native, a java.nio Selector kept open on jdk. */
    @Test
    void defaultSelectorSelectAllocatesTheSameWhateverTheNumberRegistered() throws Exception {
        assertFlat("DefaultSelector.select(0) on " + backend, SELECT_CEILING, selector(DefaultSelector::new));
    }
}
