#!/usr/bin/env python3
"""Random actions in many Nacre worlds at once, end to end from Python (trains nothing; docs/agents.md).

    python3 examples/agents/random_agent.py --envs 8 --steps 1000 --size 84

Starts `./nacre env serve` itself (or uses --port of a running server), makes a vector env of N worlds, steps it
--steps times with random actions, records the first --record-steps steps of every env as a trajectory dataset under
--out, and prints steps_per_s (env steps a second, all envs together) as its last line.
"""

import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import numpy as np
except ImportError:
    # A fresh machine: ./nacre installs its runtime packages (python3-numpy among them) and builds itself, then this
    # script runs again under Debian's python3, which has numpy.
    print("random_agent.py: numpy is missing; installing the runtime packages with ./nacre (once)…", file=sys.stderr)
    subprocess.run([os.path.join(HERE, "..", "..", "nacre"), "env", "tasks"], check=True, stdout=subprocess.DEVNULL)
    if os.path.exists("/usr/bin/python3") and os.environ.get("NACRE_AGENTS_REEXEC") != "1":
        os.environ["NACRE_AGENTS_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3", os.path.abspath(__file__)] + sys.argv[1:])
    import numpy as np  # noqa: F811 - the message above says what to install if this still fails

sys.path.insert(0, HERE)
from nacre_env import NacreServer, NacreVectorEnv, TrajectoryRecorder  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--envs", type=int, default=8, help="worlds stepped together (default 8)")
    parser.add_argument("--steps", type=int, default=1000, help="vector steps (default 1000)")
    parser.add_argument("--size", type=int, default=84, help="frame side in pixels (default 84)")
    parser.add_argument("--task", default="Nacre/ObjectNav-v0", help="registered task (default Nacre/ObjectNav-v0)")
    parser.add_argument("--obs", default="rgb,pose,goal", help="observation keys, comma-separated (default rgb,pose,goal)")
    parser.add_argument("--seed", type=int, default=0, help="first episode seed; env i starts episode seed + i")
    parser.add_argument("--out", default="agent-data/random", help="trajectory dataset folder (default agent-data/random)")
    parser.add_argument("--record-steps", type=int, default=32, help="steps recorded per episode (default 32; 0 = none)")
    parser.add_argument("--port", type=int, default=None, help="use a server already running on this port")
    args = parser.parse_args()
    if args.envs < 1 or args.steps < 1 or not 16 <= args.size <= 512:
        parser.error("--envs and --steps must be at least 1 and --size 16 … 512")

    server = None if args.port else NacreServer(log=sys.stderr)
    port = args.port or server.port
    try:
        envs = NacreVectorEnv(port, num_envs=args.envs, task=args.task, size=args.size, obs=args.obs.split(","))
        recorder = TrajectoryRecorder(args.out, args.envs, args.task, max_frames=args.record_steps) if args.record_steps else None
        rng = np.random.default_rng(args.seed)
        obs, infos = envs.reset(seed=args.seed)
        if recorder:
            recorder.reset(obs, infos)
        episodes, successes = 0, 0
        start = time.perf_counter()
        for _ in range(args.steps):
            actions = rng.integers(envs.single_action_space.n, size=args.envs)
            obs, rewards, terminated, truncated, infos = envs.step(actions)
            if recorder:
                recorder.step(actions, obs, rewards, terminated, truncated, infos)
            for i in np.flatnonzero(terminated | truncated):
                episodes += 1
                successes += bool(infos[i].get("success"))
        elapsed = time.perf_counter() - start
        if recorder:
            recorder.close()
        envs.close()
    finally:
        if server:
            server.close()
    print(f"{args.envs} envs × {args.steps} steps of {args.task} at {args.size}×{args.size} in {elapsed:.1f} s; "
          f"{episodes} episodes ended, {successes} successes; trajectories in {args.out}")
    print(f"steps_per_s={args.envs * args.steps / elapsed:.0f}")


if __name__ == "__main__":
    main()
