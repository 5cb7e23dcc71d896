"""Runs every benchmark program in a private network namespace with a chosen TCP congestion
control, so that all implementations meet the same TCP stack settings whatever the machine's
default is, and the machine's own setting is left alone.

Why: on this VM the default is BBR, whose internal pacing (an hrtimer per paced burst, ~22 k
timer interrupts/s on the sender's CPU under a JVM against ~1.7 k/s under the C program)
made every JVM implementation, NIO included, deliver 64 KiB bulk at ~0.4x C while C and
CPython ran at full speed. With CUBIC, Linux's built-in default, C, CPython and the JVM rows
agree (see the issue-4 note). The namespace's loopback is brought up and its
net.ipv4.tcp_congestion_control set (a per-namespace sysctl); that needs root and unshare(1).

A namespace other than the machine's initial one may only choose a congestion control listed in
net.ipv4.tcp_allowed_congestion_control (Linux net/ipv4/tcp_cong.c,
tcp_set_default_congestion_control: EPERM otherwise; Documentation/networking/ip-sysctl.rst).
That global list holds the kernel's built-in default and what root added; a kernel built with
BBR as its default (CONFIG_DEFAULT_TCP_CONG) lists "reno bbr" only, so "cubic" fails with
"Operation not permitted" even for root. Root in the initial namespace can allow it without
changing any default: sysctl -w net.ipv4.tcp_allowed_congestion_control="<list> cubic". The
runner does not change the machine's settings itself; when the namespace cannot be made, it
says why on stderr (at the start and again at the end) and in a note above the results tables.
"""

import subprocess

SYSTEM = "system"
_SCRIPT = 'ip link set lo up && sysctl -q -w net.ipv4.tcp_congestion_control="$0" && exec "$@"'
_PLAIN_SCRIPT = 'ip link set lo up && exec "$@"'


def _read(name):
    try:
        with open("/proc/sys/net/ipv4/" + name) as f:
            return f.read().split()
    except OSError:
        return None


def diagnose(cc):
    """diagnose: why a namespace may not choose cc, from the kernel's lists; None when they allow it."""
    available = _read("tcp_available_congestion_control")
    allowed = _read("tcp_allowed_congestion_control")
    if available is not None and cc not in available:
        return "%s is not in the kernel (tcp_available_congestion_control: %s; try modprobe tcp_%s)" % (
            cc, " ".join(available), cc)
    if allowed is not None and cc not in allowed:
        return ("%s is not in net.ipv4.tcp_allowed_congestion_control (%s), and only the initial network "
                "namespace may choose one that is not; to allow it (no default changes), as root outside "
                "any namespace: sysctl -w net.ipv4.tcp_allowed_congestion_control=\"%s\"") % (
                    cc, " ".join(allowed), " ".join(allowed + [cc]))
    return None


def machine_default():
    """machine_default: the congestion control new TCP sockets get outside the namespace."""
    try:
        with open("/proc/sys/net/ipv4/tcp_congestion_control") as f:
            return f.read().strip()
    except OSError:
        return "?"


class Namespace:
    """Namespace wraps program commands; cc SYSTEM (or an unusable namespace) runs them as they are."""

    def __init__(self, cc):
        self.cc = cc
        self.why_not = None
        if cc != SYSTEM:
            probe = self.wrap(["true"])
            try:
                p = subprocess.run(probe, capture_output=True, text=True, timeout=30)
                if p.returncode != 0:
                    self.why_not = (p.stderr or p.stdout).strip() or "exit %d" % p.returncode
            except (OSError, subprocess.SubprocessError) as e:
                self.why_not = str(e)
            if self.why_not is not None:
                cause = diagnose(cc)
                if cause:
                    self.why_not += "; " + cause

    @property
    def active(self):
        return self.cc != SYSTEM and self.why_not is None

    def wrap(self, cmd):
        if self.cc == SYSTEM or self.why_not is not None:
            return cmd
        return ["unshare", "--net", "sh", "-c", _SCRIPT, self.cc] + cmd

    def describe(self):
        """describe: the congestion control the programs ran under, for the results header."""
        if self.active:
            return "TCP congestion control %s (private network namespace; machine default %s)" % (
                self.cc, machine_default())
        if self.cc == SYSTEM:
            return "TCP congestion control %s (the machine's)" % machine_default()
        return "TCP congestion control %s (the machine's: a namespace with %s failed: %s)" % (
            machine_default(), self.cc, self.why_not)


    def warning(self):
        """warning: None when the programs run under the congestion control asked for, else a
        note saying they do not, why, and that the numbers do not compare with such runs."""
        if self.cc == SYSTEM or self.why_not is None:
            return None
        return ("NOT measured under TCP congestion control %s: a network namespace with it failed (%s). "
                "Every program ran under the machine's %s instead, so bulk-transfer rows do not compare "
                "with runs under %s (see benchmarks/runner/netns.py)." % (
                    self.cc, self.why_not, machine_default(), self.cc))


def plain_wrap(ns):
    """plain_wrap: for programs that need a namespace of their own more than a congestion
    control (the many workloads: fresh loopback ports per run): ns's wrap when it works, else a
    namespace without the sysctl (a container may forbid setting it), else none."""
    if ns.active:
        return ns.wrap

    def wrap(cmd):
        return ["unshare", "--net", "sh", "-c", _PLAIN_SCRIPT, "sh"] + cmd
    try:
        ok = subprocess.run(wrap(["true"]), capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        ok = False
    return wrap if ok else (lambda cmd: cmd)
