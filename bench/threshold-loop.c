/* The plain C reference for the threshold cascade benchmark (issue 11): the synchronous threshold update over a CSR
 * network, as ThresholdCascadeModel's full update does it. Reads the file CascadeExport writes (see its remarks), runs
 * its steps `reps` times from the same start, and prints the final adopters and actor-steps per second on one core.
 * Build: gcc -O2 -march=native -o threshold-loop threshold-loop.c */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void *read_n(FILE *f, size_t size, size_t count) {
    void *p = malloc(size * (count ? count : 1));
    if (!p || fread(p, size, count, f) != count) { fprintf(stderr, "short read\n"); exit(1); }
    return p;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: threshold-loop FILE [reps]\n"); return 2; }
    int reps = argc > 2 ? atoi(argv[2]) : 8;
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 1; }
    int32_t n, entries, steps;
    if (fread(&n, 4, 1, f) != 1 || fread(&entries, 4, 1, f) != 1 || fread(&steps, 4, 1, f) != 1) return 1;
    int32_t *start = read_n(f, 4, (size_t)n + 1), *source = read_n(f, 4, entries);
    double *weight = read_n(f, 8, entries), *threshold = read_n(f, 8, n);
    uint8_t *initial = read_n(f, 1, n);
    fclose(f);
    double *total = calloc(n, 8), *joined = calloc(n, 8);
    int32_t *pending = malloc(4 * (size_t)n);
    for (int i = 0; i < n; i++)
        for (int k = start[i]; k < start[i + 1]; k++) total[i] += weight[k];
    long adopters = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int r = 0; r < reps; r++) {
        adopters = 0;
        for (int i = 0; i < n; i++) { joined[i] = initial[i] ? 1.0 : 0.0; adopters += initial[i]; }
        for (int s = 0; s < steps; s++) {
            int np = 0;
            for (int i = 0; i < n; i++) {
                if (joined[i] != 0) continue;
                double sum = 0;
                for (int k = start[i], end = start[i + 1]; k < end; k++) sum += weight[k] * joined[source[k]];
                if (total[i] > 0 ? sum / total[i] >= threshold[i] : threshold[i] <= 0) pending[np++] = i;
            }
            for (int p = 0; p < np; p++) joined[pending[p]] = 1.0;
            adopters += np;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double seconds = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9;
    printf("c_final_adopters %ld\n", adopters);
    printf("c_seconds %.6f actor_steps_per_second %.3e\n", seconds, (double)reps * n * steps / seconds);
    return 0;
}
