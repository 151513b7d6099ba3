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
}
