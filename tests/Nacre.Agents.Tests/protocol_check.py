"""Drives `nacre env serve` through the Python client the way a researcher would; prints one JSON line of findings.

Used by ProtocolTests: argv = nacre.dll, repository root, episode seed, comma-separated actions, a scratch folder.
"""

import hashlib
import json
import os
import sys
import time

dll, repo, seed, actions, scratch = sys.argv[1], sys.argv[2], int(sys.argv[3]), [int(a) for a in sys.argv[4].split(",")], sys.argv[5]
sys.path.insert(0, os.path.join(repo, "examples", "agents"))
import numpy as np  # noqa: E402
from nacre_env import NacreEnv, NacreError, NacreServer, NacreVectorEnv, TrajectoryRecorder  # noqa: E402

found = {}


def digest(h, obs):
    h.update(np.ascontiguousarray(obs["rgb"]).tobytes())
    h.update(np.ascontiguousarray(obs["depth"]).tobytes())
    h.update(np.ascontiguousarray(obs["labels"]).tobytes())


def error_of(fn):
    try:
        fn()
    except NacreError as e:
        return str(e)
    return None


with NacreServer(command=["dotnet", dll], max_envs=12, log=sys.stderr) as server:
    env = NacreEnv(server.port, task="Nacre/ObjectNav-v0", size=64, obs=["rgb", "depth", "labels", "pose", "goal"], split="val")
    obs, info = env.reset(seed=seed)
    found["shapes"] = {k: [list(v.shape), str(v.dtype)] for k, v in obs.items()}
    found["goal_text"] = info["goal"]
    found["render_fps"] = env.metadata["render_fps"]
    found["action_space"] = repr(env.action_space)
    h = hashlib.sha256()
    digest(h, obs)
    rewards = []
    for a in actions:
        obs, r, term, trunc, info = env.step(a)
        digest(h, obs)
        rewards.append(r)
    found["hash"] = h.hexdigest()
    found["rewards"] = rewards
    found["render_shape"] = list(env.render().shape)

    found["invalid_action"] = error_of(lambda: env.step(99))
    found["steps_after_error"] = error_of(lambda: env.step(0)) is None
    found["unknown_task"] = error_of(lambda: NacreVectorEnv(server.port, task="Nacre/ObjectNav-v9"))
    found["wrong_key"] = error_of(lambda: NacreVectorEnv(server.port, obs=["rgb", "colour"]))
    found["too_many"] = error_of(lambda: NacreVectorEnv(server.port, num_envs=50))

    # A client that vanishes mid-episode: its envs must be freed and the others served on.
    leaver = NacreVectorEnv(server.port, num_envs=2, size=32)
    leaver.reset(seed=0)
    leaver.step([1, 1])
    leaver._conn._sock.close()
    found["served_after_disconnect"] = error_of(lambda: env.step(1)) is None
    big = None
    for _ in range(50):  # the server notices the closed socket within moments
        try:
            big = NacreVectorEnv(server.port, num_envs=10, size=32)
            break
        except NacreError:
            time.sleep(0.1)
    found["slots_freed"] = big is not None
    if big:
        big.close()

    # A short dataset from a vector env.
    vec = NacreVectorEnv(server.port, num_envs=2, size=32, obs=["rgb", "pose"])
    rec = TrajectoryRecorder(os.path.join(scratch, "data"), 2, "Nacre/ObjectNav-v0")
    o, infos = vec.reset(seed=5)
    rec.reset(o, infos)
    for _ in range(5):
        acts = vec.action_space.sample()
        o, r, te, tr, infos = vec.step(acts)
        rec.step(acts, o, r, te, tr, infos)
    rec.close()
    vec.close()
    root = os.path.join(scratch, "data")
    found["episodes"] = sorted(os.listdir(root))
    first = os.path.join(root, found["episodes"][0])
    found["episode_files"] = sorted(os.listdir(first))
    found["episode_rgb"] = list(np.load(os.path.join(first, "rgb.npy")).shape)
    found["episode_actions"] = list(np.load(os.path.join(first, "actions.npy")).shape)
    env.close()

print(json.dumps(found))
