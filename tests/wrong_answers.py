"""Plausible wrong answers to each exercise. The exercise tests show that the checks catch them.

WRONG_ANSWERS[slug][function name][label] is source code that defines that function wrongly.
Every exercise needs at least two entries: typical slips students make, not random noise.
"""
from textwrap import dedent

WRONG_ANSWERS: dict[str, dict[str, dict[str, str]]] = {
    "01-neuron": {
        "sigmoid": {
            "sign flipped in the exponential": """
                def sigmoid(z):
                    return 1 / (1 + np.exp(z))
            """,
            "naive formula that overflows": """
                def sigmoid(z):
                    return 1 / (1 + np.exp(-z))
            """,
            "tanh rescaled without doubling z": """
                def sigmoid(z):
                    return (np.tanh(z) + 1) / 2
            """,
            "exp(z) / (1 + exp(z)) that overflows for large z": """
                def sigmoid(z):
                    return np.exp(z) / (1 + np.exp(z))
            """,
            "naive formula with the overflow warning silenced": """
                def sigmoid(z):
                    with np.errstate(over="ignore"):
                        return 1 / (1 + np.exp(-z))
            """,
            "np.where over two formulas that each overflow somewhere": """
                def sigmoid(z):
                    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
            """,
            "clipped so hard that tiny values become 0": """
                def sigmoid(z):
                    z = np.clip(z, -30, 30)
                    return np.where(z <= -30, 0.0, 1 / (1 + np.exp(-z)))
            """,
        },
        "relu": {
            "np.max instead of np.maximum": """
                def relu(z):
                    return np.max(z, 0)
            """,
            "absolute value": """
                def relu(z):
                    return np.abs(z)
            """,
            "modifies its argument in place": """
                def relu(z):
                    z = np.asarray(z)
                    z[z < 0] = 0
                    return z
            """,
        },
        "neuron": {
            "bias dropped": """
                def neuron(x, w, b, activation):
                    return activation(x @ w)
            """,
            "bias added after the activation": """
                def neuron(x, w, b, activation):
                    return activation(x @ w) + b
            """,
            "activation not applied": """
                def neuron(x, w, b, activation):
                    return x @ w + b
            """,
            "sums the whole batch into one number": """
                def neuron(x, w, b, activation):
                    return activation(np.sum(x * w) + b)
            """,
            "weights on the wrong side of the product": """
                def neuron(x, w, b, activation):
                    return activation(w @ x + b)
            """,
        },
        "collapse_linear": {
            "product in the wrong order": """
                def collapse_linear(W1, b1, W2, b2):
                    return W1 @ W2, W2 @ b1 + b2
            """,
            "second bias forgotten": """
                def collapse_linear(W1, b1, W2, b2):
                    return W2 @ W1, W2 @ b1
            """,
            "biases simply added": """
                def collapse_linear(W1, b1, W2, b2):
                    return W2 @ W1, b1 + b2
            """,
            "first bias not passed through W2": """
                def collapse_linear(W1, b1, W2, b2):
                    return W2 @ W1, b1.sum() + b2
            """,
            "second bias updated in place": """
                def collapse_linear(W1, b1, W2, b2):
                    b2 += W2 @ b1
                    return W2 @ W1, b2
            """,
            "W transposed": """
                def collapse_linear(W1, b1, W2, b2):
                    return (W2 @ W1).T, W2 @ b1 + b2
            """,
        },
    },
    "02-gradient-descent": {
        "mse_loss": {
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
            "2 / Frobenius norm": """
                def max_stable_lr(H):
                    return float(2 / np.linalg.norm(H))
            """,
        },
    },
}


def wrong_answers(slug: str, exercise: str) -> dict[str, str]:
    """The wrong answers for one exercise, as dedented source code."""
    return {label: dedent(code) for label, code in WRONG_ANSWERS.get(slug, {}).get(exercise, {}).items()}
