"""A kernel to run pieces of code in, for the exercise tests (the notebook model is tools/notebooks.py)."""
from __future__ import annotations

import queue
from dataclasses import dataclass, field

from jupyter_client.manager import start_new_kernel


@dataclass
class Outcome:
    """What happened when a piece of code ran in the kernel."""
    ok: bool
    ename: str = ""
    evalue: str = ""
    stdout: str = ""


@dataclass
class Kernel:
    """A python3 kernel that runs code and reports errors by name and message."""
    manager: object = field(init=False)
    client: object = field(init=False)

    def __post_init__(self) -> None:
        self.manager, self.client = start_new_kernel(kernel_name="python3")

    def run(self, code: str, timeout: float = 120) -> Outcome:
        printed: list[str] = []

        def collect(message: dict) -> None:
            if message["msg_type"] == "stream" and message["content"]["name"] == "stdout":
                printed.append(message["content"]["text"])

        try:
            reply = self.client.execute_interactive(code, timeout=timeout, output_hook=collect)
        except (queue.Empty, TimeoutError):   # what jupyter_client raises on a timeout
            return Outcome(ok=False, ename="Timeout", evalue=f"no reply within {timeout} s")
        content = reply["content"]
        if content["status"] == "ok":
            return Outcome(ok=True, stdout="".join(printed))
        return Outcome(ok=False, ename=content.get("ename", ""), evalue=content.get("evalue", ""),
                       stdout="".join(printed))

    def shutdown(self) -> None:
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)
