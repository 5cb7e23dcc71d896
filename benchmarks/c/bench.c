/* psk_bench_c <workload> <ops-per-batch> <batches>
 *
 * Runs one workload of benchmarks/WORKLOADS.md over plain BSD sockets: setup, one
 * untimed warm-up batch, `batches` timed batches, then one JSON line on stdout with the
 * median ns per op. Exit 0, or 1 with a message on stderr. */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Keeps ops x (batches + 1) and the bulk byte counts far from overflow. */
#define MAX_OPS 1000000000LL
#define MAX_BATCHES 10000

static const struct workload {
    const char *name;
    void (*run)(const char *name, int param, struct bench_run *run);
    int param;
} workloads[] = {
    {"pp1", bench_pingpong, 1},
    {"pp64", bench_pingpong, 64},
    {"pp1to", bench_pingpong_poll, 1},
    {"bulk", bench_bulk, 0},
    {"udp", bench_udp, 0},
    {"conn", bench_conn, 0},
    {"gso", bench_gso, 0},
    {"upp1", bench_unix_pingpong, 1},
    {"sendfile", bench_sendfile, 0},
    {"calls_b64", bench_calls, 64},
    {"calls_b64k", bench_calls, 65536},
};

static long long parse_count(const char *text, const char *what, long long max)
{
    char *end;
    long long value = strtoll(text, &end, 10);
    if (end == text || *end != '\0' || value < 1 || value > max)
        die("%s must be an integer in 1..%lld, got '%s'", what, max, text);
    return value;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fputs("usage: psk_bench_c <workload> <ops-per-batch> <batches>\nworkloads:", stderr);
        for (size_t i = 0; i < sizeof workloads / sizeof workloads[0]; i++)
            fprintf(stderr, " %s", workloads[i].name);
        fputc('\n', stderr);
        return 1;
    }
    const struct workload *workload = NULL;
    for (size_t i = 0; i < sizeof workloads / sizeof workloads[0]; i++)
        if (strcmp(argv[1], workloads[i].name) == 0)
            workload = &workloads[i];
    if (workload == NULL)
        die("unknown workload '%s'", argv[1]);
    struct bench_run run = {
        .ops = parse_count(argv[2], "ops-per-batch", MAX_OPS),
        .batches = (int)parse_count(argv[3], "batches", MAX_BATCHES),
    };
    run.ns_per_op = calloc((size_t)run.batches, sizeof *run.ns_per_op);
    if (run.ns_per_op == NULL)
        die("out of memory");

    alarm(BENCH_ALARM_S);
    cpus_init();
    workload->run(workload->name, workload->param, &run);
    print_result(workload->name, &run);
    free(run.ns_per_op);
    return 0;
}
