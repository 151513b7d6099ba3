"""Plausible wrong answers to the exercises of 01-neuron; the check cells must catch each one."""

WRONG_ANSWERS = {
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
        "clipped to +-500 so that the naive formula cannot overflow": """
            def sigmoid(z):
                z = np.clip(z, -500.0, 500.0)
                return 1 / (1 + np.exp(-z))
        """,
        "the stable formula computed in float32": """
            def sigmoid(z):
                z = np.asarray(z, dtype=np.float32)
                small = np.exp(-np.abs(z))
                return np.where(z >= 0, 1 / (1 + small), small / (1 + small))[()]
        """,
        "1 - sigma(-z) for negative z, which cancels to 0": """
            def sigmoid(z):
                small = np.exp(-np.abs(z))
                return np.where(z >= 0, 1 / (1 + small), 1 - 1 / (1 + small))
        """,
        "a float comes back as an array of one entry": """
            def sigmoid(z):
                z = np.atleast_1d(np.asarray(z, dtype=float))
                small = np.exp(-np.abs(z))
                return np.where(z >= 0, 1 / (1 + small), small / (1 + small))
        """,
        "a loop over the first axis, so only 1-d arrays work": """
            import math

            def sigmoid(z):
                def one(v):
                    e = math.exp(-abs(v))
                    return 1 / (1 + e) if v >= 0 else e / (1 + e)
                if np.ndim(z) == 0:
                    return one(float(z))
                return np.array([one(v) for v in z])
        """,
        "returns a list for an array": """
            def sigmoid(z):
                z = np.asarray(z, dtype=float)
                small = np.exp(-np.abs(z))
                return np.where(z >= 0, 1 / (1 + small), small / (1 + small)).tolist()
        """,
        "naive formula with every warning filtered out": """
            import warnings

            def sigmoid(z):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    return 1 / (1 + np.exp(-z))
        """,
        "rounds the upper tail to exactly 1 from z = 5 on": """
            def sigmoid(z):
                z = np.asarray(z, dtype=float)
                small = np.exp(-np.abs(z))
                stable = np.where(z >= 0, 1 / (1 + small), small / (1 + small))
                return np.where(z > 5, 1.0, stable)[()]
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
        "returns its own argument when nothing is negative": """
            def relu(z):
                z = np.asarray(z)
                if np.all(z >= 0):
                    return z
                return np.maximum(z, 0.0)
        """,
        "returns a list for an array": """
            def relu(z):
                return np.maximum(z, 0.0).tolist()
        """,
        "a loop over the first axis, so only 1-d arrays work": """
            def relu(z):
                if np.ndim(z) == 0:
                    return max(float(z), 0.0)
                return np.array([max(v, 0.0) for v in z])
        """,
        "np.maximum writing into its argument": """
            def relu(z):
                return np.maximum(z, 0.0, out=z)
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
        "the three products of the worked example written out": """
            def neuron(x, w, b, activation):
                return activation(x[..., 0] * w[0] + x[..., 1] * w[1] + x[..., 2] * w[2] + b)
        """,
        "always treats x as a batch": """
            def neuron(x, w, b, activation):
                return activation(np.atleast_2d(x) @ w + b)
        """,
        "returns a list for a batch": """
            def neuron(x, w, b, activation):
                if np.ndim(x) == 1:
                    return activation(x @ w + b)
                return [activation(row @ w + b) for row in x]
        """,
        "turns a batch of one row into a number": """
            def neuron(x, w, b, activation):
                out = activation(x @ w + b)
                return out.item() if np.size(out) == 1 else out
        """,
        "activation applied to each product before summing": """
            def neuron(x, w, b, activation):
                return np.sum(activation(x * w), axis=-1) + b
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
        "W and b stacked into one augmented matrix": """
            def collapse_linear(W1, b1, W2, b2):
                return np.column_stack([W2 @ W1, W2 @ b1 + b2])
        """,
        "b taken as the output at x = (1, ..., 1) instead of x = 0": """
            def collapse_linear(W1, b1, W2, b2):
                ones = np.ones(W1.shape[1])
                return W2 @ W1, W2 @ (W1 @ ones + b1) + b2
        """,
        "tries W1 @ W2 first and swaps only when the shapes do not fit": """
            def collapse_linear(W1, b1, W2, b2):
                try:
                    W = W1 @ W2
                except ValueError:
                    W = W2 @ W1
                return W, W2 @ b1 + b2
        """,
        "the single output of the small example assumed (b2[0])": """
            def collapse_linear(W1, b1, W2, b2):
                return W2 @ W1, W2 @ b1 + b2[0]
        """,
    },
    "sigmoid_derivative": {
        "sigma (1 - sigma) with the naive sigmoid (overflows at z = -1e4)": """
            def sigmoid_derivative(z):
                s = 1 / (1 + np.exp(-z))
                return s * (1 - s)
        """,
        "sigma (1 - sigma) with a stable sigmoid (1 - sigma cancels to 0 for large z)": """
            def sigmoid_derivative(z):
                z = np.asarray(z, dtype=float)
                t = np.exp(-np.abs(z))
                s = np.where(z >= 0, 1 / (1 + t), t / (1 + t))
                return (s * (1 - s))[()]
        """,
        "the square of the denominator forgotten": """
            def sigmoid_derivative(z):
                t = np.exp(-np.abs(np.asarray(z, dtype=float)))
                return (t / (1 + t))[()]
        """,
        "1 / (2 + 2 cosh z) (cosh overflows at |z| = 1e4)": """
            def sigmoid_derivative(z):
                return 1 / (2 + 2 * np.cosh(z))
        """,
        "the sigmoid itself instead of its slope": """
            def sigmoid_derivative(z):
                t = np.exp(-np.abs(np.asarray(z, dtype=float)))
                return np.where(np.asarray(z) >= 0, 1 / (1 + t), t / (1 + t))[()]
        """,
        "sigma (1 - sigma), patched with e^-z only from z = 35 on": """
            def sigmoid_derivative(z):
                z = np.asarray(z, dtype=float)
                s = sigmoid(z)
                return np.where(z > 35, np.exp(-np.abs(z)), s * (1 - s))[()]
        """,
        "sigma (1 - sigma), patched with e^-|z| only from |z| = 30 on": """
            def sigmoid_derivative(z):
                z = np.asarray(z, dtype=float)
                t = np.exp(-np.abs(z))
                s = np.where(z >= 0, 1 / (1 + t), t / (1 + t))
                return np.where(np.abs(z) >= 30, t, s * (1 - s))[()]
        """,
        "returns a list for an array": """
            def sigmoid_derivative(z):
                t = np.exp(-np.abs(np.asarray(z, dtype=float)))
                slopes = t / (1 + t) ** 2
                return slopes.tolist() if slopes.ndim else float(slopes)
        """,
    },
    "cross_entropy_gradient": {
        "sign flipped (label minus prediction)": """
            def cross_entropy_gradient(X, y, w, b):
                z = X @ w + b
                t = np.exp(-np.abs(z))
                error = y - np.where(z >= 0, 1 / (1 + t), t / (1 + t))
                return X.T @ error / len(y), float(np.mean(error))
        """,
        "summed over the batch instead of averaged": """
            def cross_entropy_gradient(X, y, w, b):
                z = X @ w + b
                t = np.exp(-np.abs(z))
                error = np.where(z >= 0, 1 / (1 + t), t / (1 + t)) - y
                return X.T @ error, float(np.sum(error))
        """,
        "the sigmoid's slope kept (the squared-error chain)": """
            def cross_entropy_gradient(X, y, w, b):
                z = X @ w + b
                t = np.exp(-np.abs(z))
                y_hat = np.where(z >= 0, 1 / (1 + t), t / (1 + t))
                error = (y_hat - y) * y_hat * (1 - y_hat)
                return X.T @ error / len(y), float(np.mean(error))
        """,
        "X not transposed": """
            def cross_entropy_gradient(X, y, w, b):
                z = X @ w + b
                t = np.exp(-np.abs(z))
                error = np.where(z >= 0, 1 / (1 + t), t / (1 + t)) - y
                return X @ error / len(y), float(np.mean(error))
        """,
        "the naive sigmoid, which overflows at z = -1000": """
            def cross_entropy_gradient(X, y, w, b):
                error = 1 / (1 + np.exp(-(X @ w + b))) - y
                return X.T @ error / len(y), float(np.mean(error))
        """,
        "grad_b left as one number per example": """
            def cross_entropy_gradient(X, y, w, b):
                z = X @ w + b
                t = np.exp(-np.abs(z))
                error = np.where(z >= 0, 1 / (1 + t), t / (1 + t)) - y
                return X.T @ error / len(y), error / len(y)
        """,
        "the bias left out of the pre-activation": """
            def cross_entropy_gradient(X, y, w, b):
                z = X @ w
                t = np.exp(-np.abs(z))
                error = np.where(z >= 0, 1 / (1 + t), t / (1 + t)) - y
                return X.T @ error / len(y), float(np.mean(error))
        """,
    },
}
