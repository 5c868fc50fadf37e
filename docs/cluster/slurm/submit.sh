#!/bin/bash
# Submits a Willing sweep as a Slurm job array of N shards, then its merge once every shard has succeeded.
#   SCENARIO=scenario.yaml REPS=1000 SEED=2005 RESULTS=$PWD/results ./submit.sh 16
set -euo pipefail
N=${1:?usage: submit.sh N (the number of shards)}
: "${SCENARIO:?}" "${REPS:?}" "${SEED:?}" "${RESULTS:?}"
here=$(cd "$(dirname "$0")" && pwd)
array=$(sbatch --parsable --array="1-$N" --export=ALL "$here/sweep.sbatch")
merge=$(sbatch --parsable --dependency="afterok:${array%%;*}" --export=ALL "$here/merge.sbatch")
echo "shards: job $array (1-$N); merge: job $merge"
