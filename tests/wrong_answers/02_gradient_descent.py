"""Plausible wrong answers to the exercises of 02-gradient-descent; the check cells must catch each one."""

WRONG_ANSWERS = {
    "mse_loss": {
        "intercept ignored": """
            def mse_loss(theta, x, y):
                w, b = theta
                return float(np.mean((w * x - y) ** 2))
        """,
        "sum instead of mean": """
            def mse_loss(theta, x, y):
                w, b = theta
                return float(np.sum((w * x + b - y) ** 2))
        """,
        "errors not squared": """
            def mse_loss(theta, x, y):
                w, b = theta
                return float(np.mean(w * x + b - y))
        """,
        "slope and intercept swapped": """
            def mse_loss(theta, x, y):
                b, w = theta
                return float(np.mean((w * x + b - y) ** 2))
        """,
        "an extra factor 1/2": """
            def mse_loss(theta, x, y):
                w, b = theta
                return float(0.5 * np.mean((w * x + b - y) ** 2))
        """,
        "root mean square instead of mean square": """
            def mse_loss(theta, x, y):
                w, b = theta
                return float(np.sqrt(np.mean((w * x + b - y) ** 2)))
        """,
    },
    "gradient_descent": {
        "returns a list of arrays": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path = [np.array(x0, dtype=float)]
                for _ in range(steps):
                    path.append(path[-1] - lr * grad_fn(path[-1]))
                return path
        """,
        "ascent instead of descent": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path = [np.array(x0, dtype=float)]
                for _ in range(steps):
                    path.append(path[-1] + lr * grad_fn(path[-1]))
                return np.array(path)
        """,
        "returns only the last point": """
            def gradient_descent(grad_fn, x0, lr, steps):
                x = np.array(x0, dtype=float)
                for _ in range(steps):
                    x = x - lr * grad_fn(x)
                return x
        """,
        "modifies x0 in place": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path = [x0.copy()]
                x = x0
                for _ in range(steps):
                    x -= lr * grad_fn(x)
                    path.append(x.copy())
                return np.array(path, dtype=float)
        """,
        "forgets the starting point": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path, x = [], np.array(x0, dtype=float)
                for _ in range(steps):
                    x = x - lr * grad_fn(x)
                    path.append(x)
                return np.array(path)
        """,
        "gradient always evaluated at the start": """
            def gradient_descent(grad_fn, x0, lr, steps):
                g = grad_fn(np.array(x0, dtype=float))
                return np.array([x0 - k * lr * g for k in range(steps + 1)], dtype=float)
        """,
        "integer storage when the start is an integer array": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path = np.empty_like(x0, shape=(steps + 1,) + np.shape(x0))
                path[0] = x0
                for k in range(steps):
                    path[k + 1] = path[k] - lr * grad_fn(path[k])
                return path
        """,
    },
    "max_stable_lr": {
        "1 / lambda_max": """
            def max_stable_lr(H):
                return float(1 / np.linalg.eigvalsh(H).max())
        """,
        "2 / lambda_min": """
            def max_stable_lr(H):
                return float(2 / np.linalg.eigvalsh(H).min())
        """,
        "2 / largest diagonal entry": """
            def max_stable_lr(H):
                return float(2 / np.max(np.diag(H)))
        """,
        "2 / determinant": """
            def max_stable_lr(H):
                return float(2 / np.linalg.det(H))
        """,
        "2 / largest absolute row sum": """
            def max_stable_lr(H):
                return float(2 / np.abs(H).sum(axis=1).max())
        """,
        "2 / last entry of the unsorted eigvals": """
            def max_stable_lr(H):
                return float(2 / np.linalg.eigvals(H)[-1].real)
        """,
        "2 / Frobenius norm": """
            def max_stable_lr(H):
                return float(2 / np.linalg.norm(H))
        """,
    },
}
