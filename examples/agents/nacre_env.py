"""Nacre agent environments from Python: a client of `nacre env serve` (docs/agents.md).

Standard library + numpy only. `NacreVectorEnv` steps many worlds at once; `NacreEnv` is one world and subclasses
`gymnasium.Env` when Gymnasium is importable (it has the same shape either way). `NacreServer` starts
`./nacre env serve --port 0` from this checkout and stops it again. `TrajectoryRecorder` writes episodes to disk.

    from nacre_env import NacreServer, NacreVectorEnv
    with NacreServer() as server:
        envs = NacreVectorEnv(server.port, num_envs=8, size=84)
        obs, infos = envs.reset(seed=0)
        obs, rewards, terminated, truncated, infos = envs.step(envs.action_space.sample())
"""

import json
import os
import socket
import struct
import subprocess
import sys

import numpy as np

try:  # Subclass Gymnasium's classes when they are there; the client works the same without them.
    import gymnasium
    from gymnasium import spaces as _gym_spaces
except ImportError:  # pragma: no cover - Debian has no gymnasium
    gymnasium = None
    _gym_spaces = None

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


class NacreError(RuntimeError):
    """The server refused a request; the message says what was wrong and what would be right."""


# --- spaces ---------------------------------------------------------------------------------------------------------

class Discrete:
    """The integers 0 … n − 1 (Gymnasium's Discrete, for when Gymnasium is not installed)."""

    def __init__(self, n, seed=None):
        self.n = int(n)
        self.shape = ()
        self.dtype = np.int64
        self._rng = np.random.default_rng(seed)

    def sample(self):
        return int(self._rng.integers(self.n))

    def contains(self, x):
        return isinstance(x, (int, np.integer)) and 0 <= int(x) < self.n

    def seed(self, seed=None):
        self._rng = np.random.default_rng(seed)

    def __repr__(self):
        return f"Discrete({self.n})"


class Box:
    """An array of `shape` with elements in [low, high] (Gymnasium's Box, for when Gymnasium is not installed)."""

    def __init__(self, low, high, shape, dtype, seed=None):
        self.shape = tuple(shape)
        self.dtype = np.dtype(dtype)
        self.low = np.broadcast_to(np.asarray(low, dtype=np.float64), self.shape)
        self.high = np.broadcast_to(np.asarray(high, dtype=np.float64), self.shape)
        self._rng = np.random.default_rng(seed)

    def sample(self):
        low = np.where(np.isfinite(self.low), self.low, -1.0)
        high = np.where(np.isfinite(self.high), self.high, 1.0)
        return self._rng.uniform(low, high).astype(self.dtype)

    def contains(self, x):
        x = np.asarray(x)
        return x.shape == self.shape and bool(np.all(x >= self.low) and np.all(x <= self.high))

    def seed(self, seed=None):
        self._rng = np.random.default_rng(seed)

    def __repr__(self):
        return f"Box({self.shape}, {self.dtype})"


class Dict(dict):
    """Named sub-spaces (Gymnasium's Dict, for when Gymnasium is not installed)."""

    def sample(self):
        return {k: v.sample() for k, v in self.items()}


def _bound(v):
    return float(v)  # JSON has no infinity: the server writes "inf" / "-inf", which float() reads


def space_from_json(j, batch=None):
    """A space from the server's JSON description; `batch` prepends a leading dimension of that many envs."""
    if j["type"] == "Discrete":
        if batch is None:
            return _gym_spaces.Discrete(j["n"]) if _gym_spaces else Discrete(j["n"])
        return _gym_spaces.MultiDiscrete([j["n"]] * batch) if _gym_spaces else _VectorDiscrete(j["n"], batch)
    if j["type"] == "Box":
        shape = tuple(j["shape"]) if batch is None else (batch, *j["shape"])
        low = np.asarray([_bound(x) for x in j["low"]]) if isinstance(j["low"], list) else _bound(j["low"])
        high = np.asarray([_bound(x) for x in j["high"]]) if isinstance(j["high"], list) else _bound(j["high"])
        low, high = np.broadcast_to(low, shape), np.broadcast_to(high, shape)
        if _gym_spaces:
            dtype = np.dtype(j["dtype"])
            if np.issubdtype(dtype, np.integer):
                info = np.iinfo(dtype)
                low, high = np.clip(low, info.min, info.max).astype(dtype), np.clip(high, info.min, info.max).astype(dtype)
            return _gym_spaces.Box(low=low, high=high, shape=shape, dtype=dtype)
        return Box(low, high, shape, j["dtype"])
    if j["type"] == "Dict":
        entries = {k: space_from_json(v, batch) for k, v in j["spaces"].items()}
        return _gym_spaces.Dict(entries) if _gym_spaces else Dict(entries)
    raise NacreError(f"unknown space type {j['type']!r}")


class _VectorDiscrete:
    """n discrete actions, one per env (Gymnasium's MultiDiscrete when Gymnasium is not installed)."""

    def __init__(self, n, count, seed=None):
        self.n, self.shape, self.dtype = n, (count,), np.int64
        self._rng = np.random.default_rng(seed)

    def sample(self):
        return self._rng.integers(self.n, size=self.shape)

    def seed(self, seed=None):
        self._rng = np.random.default_rng(seed)


# --- the wire -------------------------------------------------------------------------------------------------------

class _Connection:
    """One TCP connection speaking the env protocol: length-prefixed 'J' JSON and 'B' binary messages."""

    def __init__(self, host, port, timeout=600.0):
        self._sock = socket.create_connection((host, port), timeout=timeout)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def request(self, message, expect_arrays=False):
        body = b"J" + json.dumps(message).encode("utf-8")
        self._sock.sendall(struct.pack("<i", len(body)) + body)
        kind, payload = self._read()
        reply = json.loads(payload.decode("utf-8"))
        if not reply.get("ok"):
            raise NacreError(reply.get("error", "the server refused the request"))
        if expect_arrays:
            kind, blob = self._read()
            if kind != b"B":
                raise NacreError("expected a binary observation message after the reply")
            reply["_obs"] = {a["key"]: np.frombuffer(blob, dtype=a["dtype"], count=int(np.prod(a["shape"])), offset=a["offset"]).reshape(a["shape"])
                             for a in reply["arrays"]}
        return reply

    def _read(self):
        header = self._exact(4)
        (length,) = struct.unpack("<i", header)
        data = self._exact(length)
        return data[:1], data[1:]

    def _exact(self, n):
        chunks, got = [], 0
        while got < n:
            chunk = self._sock.recv(min(n - got, 1 << 20))
            if not chunk:
                raise ConnectionError("the server closed the connection")
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def close(self):
        try:
            self.request({"cmd": "close"})
        except (OSError, NacreError, ConnectionError):
            pass
        self._sock.close()


# --- the server -----------------------------------------------------------------------------------------------------

class NacreServer:
    """Starts `./nacre env serve --port 0` from this checkout (building it on first use) and stops it on close.

    `command` replaces `./nacre` (e.g. ["dotnet", "path/to/nacre.dll"]).
    """

    def __init__(self, command=None, max_envs=256, log=None):
        command = list(command) if command else [os.path.join(REPO_ROOT, "nacre")]
        self._proc = subprocess.Popen(command + ["env", "serve", "--port", "0", "--max-envs", str(max_envs)],
                                      stdout=subprocess.PIPE, stderr=log if log is not None else subprocess.DEVNULL, text=True)
        line = self._proc.stdout.readline()
        if "listening on" not in line:
            self._proc.kill()
            raise NacreError(f"nacre env serve did not start (it printed {line!r}); run ./nacre env serve by hand to see why")
        self.host, port = line.strip().rsplit(" ", 1)[1].split(":")
        self.port = int(port)

    def close(self):
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# --- envs -----------------------------------------------------------------------------------------------------------

class NacreVectorEnv:
    """`num_envs` Nacre envs stepped together (Gymnasium's vector-env shape, autoreset on the step after an episode ends).

    Observations are a dict of batched arrays (`obs["rgb"]` is num_envs × H × W × 3 uint8); the goal's text is in each
    info's "goal". `actions` is one action per env: integers (discrete) or rows of 5 floats (continuous).
    """

    metadata = {"render_modes": ["rgb_array"], "render_fps": 5, "autoreset_mode": "next_step"}

    def __init__(self, port, num_envs=1, task="Nacre/ObjectNav-v0", size=84, obs=("rgb", "pose", "goal"),
                 action_mode="discrete", split="train", max_steps=None, host="127.0.0.1"):
        self.num_envs = num_envs
        self._conn = _Connection(host, port)
        request = {"cmd": "make", "task": task, "num_envs": num_envs, "width": size, "height": size, "obs": list(obs),
                   "action_mode": action_mode, "split": split}
        if max_steps is not None:
            request["max_steps"] = max_steps
        reply = self._conn.request(request)
        self.spec_json = reply
        self.metadata = dict(self.metadata, render_fps=reply["metadata"]["render_fps"])
        self.single_action_space = space_from_json(reply["action_space"])
        self.single_observation_space = space_from_json(reply["observation_space"])
        self.action_space = space_from_json(reply["action_space"], batch=num_envs)
        self.observation_space = space_from_json(reply["observation_space"], batch=num_envs)
        self.max_steps = reply["max_steps"]
        self._last = None

    def reset(self, seed=None, options=None):
        message = {"cmd": "reset"}
        if seed is not None:
            message["seed"] = int(seed)
        if options:
            message["options"] = options
        reply = self._conn.request(message, expect_arrays=True)
        self._last = reply["_obs"]
        return reply["_obs"], reply["infos"]

    def step(self, actions):
        actions = np.asarray(actions)
        wire = [a.tolist() if actions.ndim > 1 else int(a) for a in actions]
        reply = self._conn.request({"cmd": "step", "actions": wire}, expect_arrays=True)
        self._last = reply["_obs"]
        return (reply["_obs"], np.asarray(reply["rewards"], dtype=np.float32), np.asarray(reply["terminated"]),
                np.asarray(reply["truncated"]), reply["infos"])

    def render(self):
        """The last frames, num_envs × H × W × 3 uint8 (needs the rgb key)."""
        return None if self._last is None else self._last.get("rgb")

    def close(self):
        self._conn.close()


_EnvBase = gymnasium.Env if gymnasium else object


class NacreEnv(_EnvBase):
    """One Nacre env with Gymnasium's shape: reset(seed, options) → (obs, info), step(a) → (obs, r, term, trunc, info)."""

    metadata = {"render_modes": ["rgb_array"], "render_fps": 5}

    def __init__(self, port, render_mode="rgb_array", **make):
        self._vec = NacreVectorEnv(port, num_envs=1, **make)
        self.render_mode = render_mode
        self.metadata = dict(self.metadata, render_fps=self._vec.metadata["render_fps"])
        self.action_space = self._vec.single_action_space
        self.observation_space = self._vec.single_observation_space

    def reset(self, seed=None, options=None):
        obs, infos = self._vec.reset(seed=seed, options=options)
        return {k: v[0] for k, v in obs.items()}, infos[0]

    def step(self, action):
        action = np.asarray(action)
        obs, rewards, terminated, truncated, infos = self._vec.step(action[None] if action.ndim else np.asarray([int(action)]))
        return {k: v[0] for k, v in obs.items()}, float(rewards[0]), bool(terminated[0]), bool(truncated[0]), infos[0]

    def render(self):
        frames = self._vec.render()
        return None if frames is None else frames[0]

    def close(self):
        self._vec.close()


# --- recording ------------------------------------------------------------------------------------------------------

class TrajectoryRecorder:
    """Writes episodes of a vector env to `root/episode_NNNNNN/` (layout in docs/agents.md, "Trajectory datasets").

    Each episode directory holds meta.json and one .npy per observation key (T+1 rows: the reset observation, then one
    per step) plus actions.npy, rewards.npy, terminated.npy, truncated.npy (T rows). Directories are written under a
    temporary name and renamed when complete, so a reader never sees half an episode.
    """

    def __init__(self, root, num_envs, task, max_frames=None):
        self.root, self.task, self.max_frames = root, task, max_frames
        os.makedirs(root, exist_ok=True)
        self._buffers = [None] * num_envs
        self._count = len([d for d in os.listdir(root) if d.startswith("episode_")])

    def reset(self, obs, infos, env=None):
        for i in (range(len(self._buffers)) if env is None else [env]):
            self._begin(i, obs, infos[i])

    def step(self, actions, obs, rewards, terminated, truncated, infos):
        for i, buf in enumerate(self._buffers):
            if infos[i].get("autoreset"):
                self._begin(i, obs, infos[i])
                continue
            if buf is None:
                continue
            if self.max_frames is None or len(buf["actions"]) < self.max_frames:
                buf["actions"].append(np.asarray(actions[i]))
                buf["rewards"].append(float(rewards[i]))
                buf["terminated"].append(bool(terminated[i]))
                buf["truncated"].append(bool(truncated[i]))
                for k, v in obs.items():
                    buf["obs"][k].append(np.array(v[i]))
                buf["final_info"] = infos[i]
            if terminated[i] or truncated[i]:
                self._flush(i)

    def close(self):
        for i in range(len(self._buffers)):
            self._flush(i)

    def _begin(self, i, obs, info):
        self._flush(i)
        self._buffers[i] = {"info": info, "obs": {k: [np.array(v[i])] for k, v in obs.items()},
                            "actions": [], "rewards": [], "terminated": [], "truncated": [], "final_info": None}

    def _flush(self, i):
        buf = self._buffers[i]
        self._buffers[i] = None
        if buf is None or not buf["actions"]:
            return
        name = f"episode_{self._count:06d}"
        self._count += 1
        tmp = os.path.join(self.root, "." + name + ".tmp")
        os.makedirs(tmp, exist_ok=True)
        for k, frames in buf["obs"].items():
            np.save(os.path.join(tmp, k + ".npy"), np.stack(frames))
        np.save(os.path.join(tmp, "actions.npy"), np.stack(buf["actions"]))
        np.save(os.path.join(tmp, "rewards.npy"), np.asarray(buf["rewards"], dtype=np.float32))
        np.save(os.path.join(tmp, "terminated.npy"), np.asarray(buf["terminated"], dtype=bool))
        np.save(os.path.join(tmp, "truncated.npy"), np.asarray(buf["truncated"], dtype=bool))
        meta = {"format": "nacre-trajectory-1", "task": self.task, "steps": len(buf["actions"]),
                "reset_info": buf["info"], "final_info": buf["final_info"],
                "complete": bool(buf["terminated"][-1] or buf["truncated"][-1])}
        with open(os.path.join(tmp, "meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, indent=1)
        os.rename(tmp, os.path.join(self.root, name))


if __name__ == "__main__":  # pragma: no cover
    print(__doc__, file=sys.stderr)
