"""Correct answers to the exercises of 02-gradient-descent, written in other ways; every check must pass each one."""

RIGHT_ANSWERS = {
    "mse_loss": {
        "dot product of the errors with themselves, a numpy float": """
            def mse_loss(theta, x, y):
                errors = theta[0] * x + theta[1] - y
                return errors @ errors / len(errors)
        """,
        "a Python loop over the data": """
            def mse_loss(theta, x, y):
                w, b = theta
                total = 0.0
                for x_n, y_n in zip(x, y):
                    total += (w * x_n + b - y_n) ** 2
                return total / len(x)
        """,
        "design matrix with a column of ones, as a 0-d array": """
            def mse_loss(theta, x, y):
                A = np.column_stack([x, np.ones_like(x)])
                return np.array(np.mean(np.square(A @ theta - y)))
        """,
        "squared norm of the residual": """
            def mse_loss(theta, x, y):
                residual = theta[0] * x + theta[1] - y
                return float(np.linalg.norm(residual) ** 2 / residual.size)
        """,
    },
    "gradient_descent": {
        "a list of iterates turned into an array at the end": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path = [np.array(x0, dtype=float)]
                for _ in range(steps):
                    path.append(path[-1] - lr * grad_fn(path[-1]))
                return np.array(path)
        """,
        "np.stack of copies": """
            def gradient_descent(grad_fn, x0, lr, steps):
                x = np.asarray(x0).astype(float)     # astype copies
                iterates = [x.copy()]
                for _ in range(steps):
                    x = x - lr * grad_fn(x)
                    iterates.append(x)
                return np.stack(iterates)
        """,
        "preallocated with np.empty": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path = np.empty((steps + 1,) + np.shape(x0), dtype=np.float64)
                path[0] = x0
                for k in range(1, steps + 1):
                    path[k] = path[k - 1] - lr * grad_fn(path[k - 1])
                return path
        """,
        "recursion on the number of steps": """
            def gradient_descent(grad_fn, x0, lr, steps):
                if steps == 0:
                    return np.array([x0], dtype=float)
                earlier = gradient_descent(grad_fn, x0, lr, steps - 1)
                last = earlier[-1] - lr * grad_fn(earlier[-1])
                return np.concatenate([earlier, last[None]])
        """,
    },
    "max_stable_lr": {
        "spectral norm": """
            def max_stable_lr(H):
                return 2 / np.linalg.norm(H, 2)
        """,
        "largest real part of the unsorted eigvals": """
            def max_stable_lr(H):
                return float(2 / np.max(np.linalg.eigvals(H).real))
        """,
        "last eigenvalue from eigh, as a 0-d array": """
            def max_stable_lr(H):
                eigenvalues, _ = np.linalg.eigh(H)
                return np.array(2 / eigenvalues[-1])
        """,
        "largest singular value": """
            def max_stable_lr(H):
                return 2 / np.linalg.svd(H, compute_uv=False).max()
        """,
        "power iteration run until the Rayleigh quotient settles": """
            def max_stable_lr(H):
                v = np.ones(len(H)) / np.sqrt(len(H))
                previous = 0.0
                for _ in range(100_000):
                    Hv = H @ v
                    estimate = v @ Hv
                    if abs(estimate - previous) <= 1e-15 * abs(estimate):
                        break
                    previous, v = estimate, Hv / np.linalg.norm(Hv)
                return 2 / estimate
        """,
    },
    "mse_gradient": {
        "matrix form 2/N A^T (A theta - y)": """
            def mse_gradient(theta, x, y):
                A = np.column_stack([x, np.ones_like(x)])
                return 2 * A.T @ (A @ theta - y) / len(y)
        """,
        "a loop over the data points": """
            def mse_gradient(theta, x, y):
                w, b = theta
                total = np.zeros(2)
                for x_n, y_n in zip(x, y):
                    total += 2 * (w * x_n + b - y_n) * np.array([x_n, 1.0])
                return total / len(x)
        """,
        "dot products, divided by x.size": """
            def mse_gradient(theta, x, y):
                r = theta[0] * x + theta[1] - y
                return 2 * np.array([np.dot(r, x), r.sum()]) / x.size
        """,
    },
    "minibatch_gradient": {
        "matrix form on the rows A[batch]": """
            def minibatch_gradient(theta, x, y, batch):
                A = np.column_stack([x, np.ones_like(x)])[batch]
                return 2 * A.T @ (A @ theta - y[batch]) / len(batch)
        """,
        "a loop over the batch": """
            def minibatch_gradient(theta, x, y, batch):
                total = np.zeros(2)
                for n in batch:
                    r = theta[0] * x[n] + theta[1] - y[n]
                    total += 2 * r * np.array([x[n], 1.0])
                return total / len(batch)
        """,
        "counts of each row from np.bincount as weights": """
            def minibatch_gradient(theta, x, y, batch):
                counts = np.bincount(batch, minlength=len(x))
                r = theta[0] * x + theta[1] - y
                weights = 2 * counts * r / counts.sum()
                return np.array([weights @ x, weights.sum()])
        """,
    },
}
