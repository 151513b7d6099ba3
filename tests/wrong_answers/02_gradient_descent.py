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
        "np.var of the errors, which subtracts their mean": """
            def mse_loss(theta, x, y):
                w, b = theta
                return float(np.var(w * x + b - y))
        """,
        "divides by N - 1": """
            def mse_loss(theta, x, y):
                w, b = theta
                return float(np.sum((w * x + b - y) ** 2) / (len(x) - 1))
        """,
        "mean kept as an array of one entry": """
            def mse_loss(theta, x, y):
                w, b = theta
                return np.mean((w * x + b - y) ** 2, keepdims=True)
        """,
        "divides by the worked example's N = 3": """
            def mse_loss(theta, x, y):
                w, b = theta
                return float(np.sum((w * x + b - y) ** 2) / 3)
        """,
        "mean absolute error": """
            def mse_loss(theta, x, y):
                w, b = theta
                return float(np.mean(np.abs(w * x + b - y)))
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
        "row length taken from len(x0), so matrix starts fail": """
            def gradient_descent(grad_fn, x0, lr, steps):
                shape = (steps + 1, len(x0)) if np.ndim(x0) > 0 else (steps + 1,)
                path = np.zeros(shape)
                path[0] = x0
                for k in range(steps):
                    path[k + 1] = path[k] - lr * grad_fn(path[k])
                return path
        """,
        "np.vstack of the iterates": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path = [np.array(x0, dtype=float)]
                for _ in range(steps):
                    path.append(path[-1] - lr * grad_fn(path[-1]))
                return np.vstack(path)
        """,
        "the chapter's learning rate 0.3 instead of lr": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path = [np.array(x0, dtype=float)]
                for _ in range(steps):
                    path.append(path[-1] - 0.3 * grad_fn(path[-1]))
                return np.array(path)
        """,
        "at most 20 steps": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path = [np.array(x0, dtype=float)]
                for _ in range(min(steps, 20)):
                    path.append(path[-1] - lr * grad_fn(path[-1]))
                return np.array(path)
        """,
        "iterates stacked along the last axis": """
            def gradient_descent(grad_fn, x0, lr, steps):
                path = [np.array(x0, dtype=float)]
                for _ in range(steps):
                    path.append(path[-1] - lr * grad_fn(path[-1]))
                return np.stack(path, axis=-1)
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
        "closed-form eigenvalue of a 2 x 2 matrix": """
            def max_stable_lr(H):
                a, c, d = H[0, 0], H[0, 1], H[1, 1]
                top = (a + d) / 2 + np.sqrt(((a - d) / 2) ** 2 + c ** 2)
                return float(2 / top)
        """,
        "capped at 1": """
            def max_stable_lr(H):
                return float(min(1.0, 2 / np.linalg.eigvalsh(H).max()))
        """,
        "power iteration with a fixed 20 steps": """
            def max_stable_lr(H):
                v = np.ones(len(H))
                for _ in range(20):
                    v = H @ v
                    v = v / np.linalg.norm(v)
                return float(2 / (v @ H @ v))
        """,
        "an array of one entry": """
            def max_stable_lr(H):
                return 2 / np.linalg.eigvalsh(H)[-1:]
        """,
        "second eigenvalue, the largest only for 2 x 2 matrices": """
            def max_stable_lr(H):
                return float(2 / np.linalg.eigvalsh(H)[1])
        """,
    },
    "mse_gradient": {
        "the factor 2 of the square forgotten": """
            def mse_gradient(theta, x, y):
                r = theta[0] * x + theta[1] - y
                return np.array([np.mean(r * x), np.mean(r)])
        """,
        "the sum instead of the mean": """
            def mse_gradient(theta, x, y):
                r = theta[0] * x + theta[1] - y
                return np.array([2 * np.sum(r * x), 2 * np.sum(r)])
        """,
        "residuals with the wrong sign (y minus the prediction)": """
            def mse_gradient(theta, x, y):
                r = y - (theta[0] * x + theta[1])
                return np.array([2 * np.mean(r * x), 2 * np.mean(r)])
        """,
        "the inner derivatives swapped (x for b, 1 for w)": """
            def mse_gradient(theta, x, y):
                r = theta[0] * x + theta[1] - y
                return np.array([2 * np.mean(r), 2 * np.mean(r * x)])
        """,
        "the divisor N fixed at 3, the size of the first example": """
            def mse_gradient(theta, x, y):
                r = theta[0] * x + theta[1] - y
                return np.array([2 * np.sum(r * x) / 3, 2 * np.sum(r) / 3])
        """,
        "autograd's grad instead of a derived formula": """
            def mse_gradient(theta, x, y):
                from autograd import grad
                import autograd.numpy as anp
                def loss(t):
                    return anp.mean((t[0] * x + t[1] - y) ** 2)
                return grad(loss)(np.asarray(theta, dtype=float))
        """,
        "central finite differences with h = 1e-6": """
            def mse_gradient(theta, x, y):
                def loss(t):
                    return np.mean((t[0] * x + t[1] - y) ** 2)
                steps = 1e-6 * np.eye(2)
                return np.array([(loss(theta + s) - loss(theta - s)) / 2e-6
                                 for s in steps])
        """,
    },
    "minibatch_gradient": {
        "divides by N instead of the batch size": """
            def minibatch_gradient(theta, x, y, batch):
                r = theta[0] * x[batch] + theta[1] - y[batch]
                return 2 * np.array([np.sum(r * x[batch]), np.sum(r)]) / len(x)
        """,
        "repeated indices counted once (np.unique)": """
            def minibatch_gradient(theta, x, y, batch):
                rows = np.unique(batch)
                r = theta[0] * x[rows] + theta[1] - y[rows]
                return np.array([2 * np.mean(r * x[rows]), 2 * np.mean(r)])
        """,
        "a boolean mask, which also counts repeats once": """
            def minibatch_gradient(theta, x, y, batch):
                mask = np.isin(np.arange(len(x)), batch)
                r = theta[0] * x[mask] + theta[1] - y[mask]
                return np.array([2 * np.mean(r * x[mask]), 2 * np.mean(r)])
        """,
        "the batch ignored: the full gradient": """
            def minibatch_gradient(theta, x, y, batch):
                r = theta[0] * x + theta[1] - y
                return np.array([2 * np.mean(r * x), 2 * np.mean(r)])
        """,
        "the factor 2 of the square forgotten": """
            def minibatch_gradient(theta, x, y, batch):
                r = theta[0] * x[batch] + theta[1] - y[batch]
                return np.array([np.mean(r * x[batch]), np.mean(r)])
        """,
        "autograd's grad of the batch loss": """
            def minibatch_gradient(theta, x, y, batch):
                from autograd import grad
                import autograd.numpy as anp
                def loss(t):
                    return anp.mean((t[0] * x[batch] + t[1] - y[batch]) ** 2)
                return grad(loss)(np.asarray(theta, dtype=float))
        """,
    },
}
