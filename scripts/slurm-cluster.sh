#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for tests: `slurm-cluster.sh start DIR` installs
# Debian's slurm-wlm and munge when missing (scripts/need.sh), writes DIR/slurm.conf (this host
# on 127.0.0.1, select/cons_tres, proctrack/linuxproc, task/none, no cgroups, state, spool,
# logs and a munge key of its own under DIR, ports that nothing listens on), starts munged,
# slurmctld and slurmd, and waits until the node takes jobs. Then
#   SLURM_CONF=DIR/slurm.conf sbatch ...
# `slurm-cluster.sh stop DIR` stops the three daemons it started (their pid files in DIR). A
# start that fails stops what it started and prints the daemons' logs.
# Exit status: 0 done, 1 failed, 77 this machine cannot run one (not root, or the packages
# cannot be installed), with the reason on standard error.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
action=${1:-}
dir=${2:-}
if [[ "$action" != start && "$action" != stop ]] || [ -z "$dir" ]; then
    echo "usage: ${0##*/} start|stop DIR" >&2
    exit 2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

stop_daemon() { # pid file: kill that process only, wait up to 10 s for it to end
    local file=$1 pid
    [ -s "$file" ] || return 0
    pid=$(cat "$file")
    if kill "$pid" 2>/dev/null; then
        for _ in $(seq 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

stop_all() {
    stop_daemon "$dir/slurmd.pid"
    stop_daemon "$dir/slurmctld.pid"
    stop_daemon "$dir/munged.pid"
}

if [ "$action" = stop ]; then
    stop_all
    echo "${0##*/}: stopped the cluster in $dir"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "${0##*/}: cannot start a cluster: slurmd must run as root (it runs jobs as their users)" >&2
    exit 77
fi
# shellcheck source=scripts/need.sh
source "$here/scripts/need.sh"
if ! (need "${slurm_tools[@]}"); then
    echo "${0##*/}: cannot start a cluster: Debian's slurm-wlm and munge are not installed" \
        "and could not be" >&2
    exit 77
fi

failed() {
    echo "${0##*/}: FAILED: $1" >&2
    for log in munged.log slurmctld.log slurmd.log; do
        [ -f "$dir/$log" ] && { echo "--- $log (last lines)" >&2; tail -n 20 "$dir/$log" >&2; }
    done
    stop_all
    exit 1
}
trap 'failed "interrupted"' INT TERM

# Two loopback ports nothing listens on, picked from this process's id.
free_port() {
    local port=$1
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}
ctld_port=$(free_port $((20000 + ($$ % 20000) * 2)))
slurmd_port=$(free_port $((ctld_port + 1)))
host=$(hostname -s)
cpus=$(nproc)
# As many job slots as shards a test runs, even on a two-core machine: the benchmark clients
# mostly wait on the network (config_overrides lets the node claim more CPUs than it has).
slots=$((cpus < 8 ? 8 : cpus))
mkdir -p "$dir/state" "$dir/spool" "$dir/munge"
chmod 711 "$dir/munge" # munged wants its socket folder searchable by all

mungekey --create --keyfile="$dir/munge/munge.key" --force >/dev/null 2>&1 ||
    failed "mungekey could not create a key"
chmod 400 "$dir/munge/munge.key"
munged --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
    --pid-file="$dir/munged.pid" --log-file="$dir/munged.log" \
    --seed-file="$dir/munge/munge.seed" --force ||
    failed "munged did not start"

cat >"$dir/slurm.conf" <<EOF
# Written by scripts/slurm-cluster.sh: a one-node test cluster, torn down by its stop.
ClusterName=pertoken-test
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
SlurmdParameters=config_overrides
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SwitchType=switch/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
ReturnToService=2
MailProg=/bin/true
MinJobAge=300
NodeName=$host NodeAddr=127.0.0.1 CPUs=$slots State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$dir/slurm.conf

slurmctld -i || failed "slurmctld did not start"
slurmd -N "$host" || failed "slurmd did not start"
for _ in $(seq 300); do
    state=$(sinfo -h -N -o %T 2>/dev/null | head -n 1 || true)
    [[ "$state" == idle* ]] && break
    sleep 0.1
done
[[ "${state:-}" == idle* ]] || failed "the node did not come up (sinfo: ${state:-no answer})"
echo "${0##*/}: a one-node cluster ($host, $slots slots) runs; use SLURM_CONF=$dir/slurm.conf"
