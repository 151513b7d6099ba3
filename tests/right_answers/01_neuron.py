"""Correct answers to the exercises of 01-neuron, written in other ways; every check must pass each one."""

RIGHT_ANSWERS = {
    "sigmoid": {
        "np.where over two branches made safe with minimum and maximum": """
            def sigmoid(z):
                z = np.asarray(z, dtype=float)
                upper = 1 / (1 + np.exp(-np.maximum(z, 0.0)))     # used where z >= 0
                e = np.exp(np.minimum(z, 0.0))                     # used where z < 0
                return np.where(z >= 0, upper, e / (1 + e))[()]
        """,
        "tanh identity on |z|, times e^(-|z|) for negative z": """
            def sigmoid(z):
                z = np.asarray(z, dtype=float)
                a = np.abs(z)
                at_a = 0.5 * (1 + np.tanh(a / 2))      # sigma(|z|) >= 1/2: nothing cancels
                result = np.where(z >= 0, at_a, np.exp(-a) * at_a)   # sigma(-a) = e^(-a) sigma(a)
                return result if result.ndim else float(result)
        """,
        "loop over the entries with math.exp, building a list (no errstate needed)": """
            import math

            def sigmoid(z):
                # np.errstate is not needed: math.exp only ever sees arguments <= 0 here
                z = np.asarray(z, dtype=float)
                values = []
                for v in z.ravel():
                    e = math.exp(-abs(v))
                    values.append(1 / (1 + e) if v >= 0 else e / (1 + e))
                return np.array(values).reshape(z.shape)[()]
        """,
        "exp of minus logaddexp, returning numpy scalars": """
            def sigmoid(z):
                return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=float)))
        """,
        "boolean masks on a fresh array, 0-d arrays returned as they are": """
            def sigmoid(z):
                z = np.array(z, dtype=float)
                out = np.empty_like(z)
                positive = z >= 0
                out[positive] = 1 / (1 + np.exp(-z[positive]))
                e = np.exp(z[~positive])
                out[~positive] = e / (1 + e)
                return out
        """,
    },
    "relu": {
        "np.where": """
            def relu(z):
                return np.where(np.asarray(z) > 0, z, 0.0)[()]
        """,
        "half of z plus its absolute value": """
            def relu(z):
                return (z + np.abs(z)) / 2
        """,
        "masked assignment on a copy": """
            def relu(z):
                out = np.array(z, dtype=float)
                out[out < 0] = 0.0
                return out[()]
        """,
        "np.clip with no upper bound": """
            def relu(z):
                return np.clip(z, 0.0, None)
        """,
        "multiplied by the mask z > 0": """
            def relu(z):
                return z * (np.asarray(z) > 0)
        """,
    },
    "neuron": {
        "np.dot": """
            def neuron(x, w, b, activation):
                return activation(np.dot(x, w) + b)
        """,
        "einsum over the last axis": """
            def neuron(x, w, b, activation):
                return activation(np.einsum("...d,d->...", x, w) + b)
        """,
        "a loop over the rows of a batch": """
            def neuron(x, w, b, activation):
                if np.ndim(x) == 1:
                    return activation(float(np.sum(x * w)) + b)
                return np.array([activation(float(np.sum(row * w)) + b) for row in x])
        """,
        "elementwise product summed over the last axis, as a 0-d array for one input": """
            def neuron(x, w, b, activation):
                return np.asarray(activation((x * w).sum(axis=-1) + b))
        """,
    },
    "collapse_linear": {
        "einsum": """
            def collapse_linear(W1, b1, W2, b2):
                return np.einsum("mh,hd->md", W2, W1), np.einsum("mh,h->m", W2, b1) + b2
        """,
        "probe the two layers at 0 and at the basis vectors": """
            def collapse_linear(W1, b1, W2, b2):
                def layers(x):
                    return W2 @ (W1 @ x + b1) + b2
                b = layers(np.zeros(W1.shape[1]))
                W = np.column_stack([layers(e) - b for e in np.eye(W1.shape[1])])
                return W, b
        """,
        "explicit loops, returned as a list": """
            def collapse_linear(W1, b1, W2, b2):
                m, h = W2.shape
                d = W1.shape[1]
                W = [[sum(W2[i, k] * W1[k, j] for k in range(h)) for j in range(d)] for i in range(m)]
                b = [b2[i] + sum(W2[i, k] * b1[k] for k in range(h)) for i in range(m)]
                return [np.array(W), np.array(b)]
        """,
        "transposed products": """
            def collapse_linear(W1, b1, W2, b2):
                return (W1.T @ W2.T).T, b1 @ W2.T + b2
        """,
    },
    "sigmoid_derivative": {
        "sigma(|z|) times sigma(-|z|), both without cancellation": """
            def sigmoid_derivative(z):
                t = np.exp(-np.abs(np.asarray(z, dtype=float)))
                return ((1 / (1 + t)) * (t / (1 + t)))[()]
        """,
        "in logarithms: exp(-|z| - 2 log(1 + e^-|z|))": """
            def sigmoid_derivative(z):
                a = np.abs(np.asarray(z, dtype=float))
                return np.exp(-a - 2 * np.log1p(np.exp(-a)))[()]
        """,
        "a float result for a float argument, by hand": """
            import math

            def sigmoid_derivative(z):
                if np.ndim(z) == 0:
                    t = math.exp(-abs(float(z)))
                    return t / (1 + t) ** 2
                t = np.exp(-np.abs(np.asarray(z, dtype=float)))
                return t / (1 + t) ** 2
        """,
        "sigma (1 - sigma) up to |z| = 18, where it still has 8 digits, e^-|z| beyond": """
            def sigmoid_derivative(z):
                z = np.asarray(z, dtype=float)
                t = np.exp(-np.abs(z))
                s = np.where(z >= 0, 1 / (1 + t), t / (1 + t))
                return np.where(np.abs(z) > 18, t, s * (1 - s))[()]
        """,
        "sigmoid from exercise 1 at z and at -z": """
            def sigmoid_derivative(z):
                return sigmoid(z) * sigmoid(-np.asarray(z, dtype=float))
        """,
    },
    "cross_entropy_gradient": {
        "einsum, with the predictions from logaddexp": """
            def cross_entropy_gradient(X, y, w, b):
                z = np.einsum("nd,d->n", X, w) + b
                error = np.exp(-np.logaddexp(0.0, -z)) - y
                return np.einsum("nd,n->d", X, error) / X.shape[0], error.mean()
        """,
        "a loop over the examples with math.exp, returned as a list": """
            import math

            def cross_entropy_gradient(X, y, w, b):
                grad_w, grad_b = np.zeros(X.shape[1]), 0.0
                for x_n, y_n in zip(X, y):
                    z_n = float(x_n @ w) + b
                    e = math.exp(-abs(z_n))
                    y_hat = 1 / (1 + e) if z_n >= 0 else e / (1 + e)
                    grad_w = grad_w + (y_hat - y_n) * x_n
                    grad_b += y_hat - y_n
                return [grad_w / len(y), grad_b / len(y)]
        """,
        "the sigmoid of exercise 1, the mean of the rows": """
            def cross_entropy_gradient(X, y, w, b):
                error = sigmoid(X @ w + b) - y
                return np.mean(error[:, None] * X, axis=0), np.mean(error)
        """,
        "the tanh form of the sigmoid": """
            def cross_entropy_gradient(X, y, w, b):
                error = (1 + np.tanh((X @ w + b) / 2)) / 2 - y
                return error @ X / len(X), np.array(error.mean())
        """,
    },
}
