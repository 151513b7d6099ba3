"""Plausible wrong answers to the exercises of 04-gradient-vs-jacobian; the checks must catch each one."""

WRONG_ANSWERS = {
    "jacobian_fd": {
        "transposed (one row per input)": """
            def jacobian_fd(f, x, eps=1e-6):
                return np.array([(f(x + eps * e) - f(x - eps * e)) / (2 * eps) for e in np.eye(len(x))])
        """,
        "forward differences": """
            def jacobian_fd(f, x, eps=1e-6):
                return np.column_stack([(f(x + eps * e) - f(x)) / eps for e in np.eye(len(x))])
        """,
        "forward differences with a large step": """
            def jacobian_fd(f, x, eps=1e-6):
                h = 1e-3
                return np.column_stack([(f(x + h * e) - f(x)) / h for e in np.eye(len(x))])
        """,
        "ignores the eps argument": """
            def jacobian_fd(f, x, eps=1e-6):
                h = 1e-6
                return np.column_stack([(f(x + h * e) - f(x - h * e)) / (2 * h) for e in np.eye(len(x))])
        """,
        "divides by eps instead of 2 eps": """
            def jacobian_fd(f, x, eps=1e-6):
                return np.column_stack([(f(x + eps * e) - f(x - eps * e)) / eps for e in np.eye(len(x))])
        """,
        "moves x in place": """
            def jacobian_fd(f, x, eps=1e-6):
                columns = []
                for j in range(len(x)):
                    x[j] += eps
                    up = f(x)
                    x[j] -= 2 * eps
                    down = f(x)
                    x[j] += eps * 0.5
                    columns.append((up - down) / (2 * eps))
                return np.column_stack(columns)
        """,
        "a step relative to |x_j| (breaks at x_j = 0)": """
            def jacobian_fd(f, x, eps=1e-6):
                columns = []
                for j, e in enumerate(np.eye(len(x))):
                    h = eps * abs(x[j])
                    columns.append((f(x + h * e) - f(x - h * e)) / (2 * h))
                return np.column_stack(columns)
        """,
        "drops axes of length 1 (np.squeeze)": """
            def jacobian_fd(f, x, eps=1e-6):
                return np.squeeze(np.column_stack([(f(x + eps * e) - f(x - eps * e)) / (2 * eps)
                                                   for e in np.eye(len(x))]))
        """,
        "reshapes the stacked columns instead of transposing": """
            def jacobian_fd(f, x, eps=1e-6):
                columns = [(f(x + eps * e) - f(x - eps * e)) / (2 * eps) for e in np.eye(len(x))]
                return np.array(columns).reshape(len(columns[0]), len(x))
        """,
        "autograd's jacobian, exact instead of central differences": """
            def jacobian_fd(f, x, eps=1e-6):
                return jacobian(f)(x)
        """,
    },
    "jacobian_from_vjps": {
        "transposed": """
            def jacobian_from_vjps(f, x):
                vjp, value = make_vjp(f)(x)
                return np.column_stack([vjp(e) for e in np.eye(len(value))])
        """,
        "the same all-ones vector for every row": """
            def jacobian_from_vjps(f, x):
                vjp, value = make_vjp(f)(x)
                return np.array([vjp(np.ones(len(value))) for _ in range(len(value))])
        """,
        "autograd's jacobian instead of VJPs": """
            def jacobian_from_vjps(f, x):
                return jacobian(f)(x)
        """,
        "unit vectors of the input space": """
            def jacobian_from_vjps(f, x):
                vjp, value = make_vjp(f)(x)
                return np.array([vjp(e) for e in np.eye(len(x))])
        """,
        "autograd's jacobian reached as ag.differential_operators.jacobian": """
            def jacobian_from_vjps(f, x):
                import autograd as ag
                vjp, value = make_vjp(f)(x)
                return ag.differential_operators.jacobian(f)(x)
        """,
        "autograd's jacobian imported under another name": """
            def jacobian_from_vjps(f, x):
                from autograd import jacobian as full_jacobian
                return np.array(full_jacobian(f)(x))
        """,
        "assumes three outputs, like f_test": """
            def jacobian_from_vjps(f, x):
                vjp, value = make_vjp(f)(x)
                return np.array([vjp(e) for e in np.eye(3)])
        """,
        "drops axes of length 1 (np.squeeze)": """
            def jacobian_from_vjps(f, x):
                vjp, value = make_vjp(f)(x)
                return np.squeeze(np.array([vjp(e) for e in np.eye(len(value))]))
        """,
        "autograd.elementwise_grad: the column sums, in every row": """
            def jacobian_from_vjps(f, x):
                import autograd
                vjp, value = make_vjp(f)(x)
                return np.tile(autograd.elementwise_grad(f)(x), (len(value), 1))
        """,
    },
    "jacobian_from_jvps": {
        "columns stacked as rows": """
            def jacobian_from_jvps(f, x):
                jvp = make_jvp(f)(x)
                return np.array([jvp(e)[1] for e in np.eye(len(x))])
        """,
        "the function value instead of the derivative": """
            def jacobian_from_jvps(f, x):
                jvp = make_jvp(f)(x)
                return np.column_stack([jvp(e)[0] for e in np.eye(len(x))])
        """,
        "autograd's jacobian instead of JVPs": """
            def jacobian_from_jvps(f, x):
                jvp = make_jvp(f)(x)
                return jacobian(f)(x)
        """,
        "rows from make_vjp instead of columns from make_jvp": """
            def jacobian_from_jvps(f, x):
                vjp, value = make_vjp(f)(x)
                return np.array([vjp(e) for e in np.eye(len(value))])
        """,
        "autograd's jacobian reached as ag.jacobian, after a token make_jvp": """
            def jacobian_from_jvps(f, x):
                import autograd as ag
                value, _ = make_jvp(f)(x)(np.zeros(len(x)))
                return ag.jacobian(f)(x)
        """,
        "drops axes of length 1 (np.squeeze)": """
            def jacobian_from_jvps(f, x):
                jvp = make_jvp(f)(x)
                return np.squeeze(np.column_stack([jvp(e)[1] for e in np.eye(len(x))]))
        """,
        "the output size taken from f_test: np.zeros((3, n))": """
            def jacobian_from_jvps(f, x):
                jvp = make_jvp(f)(x)
                J = np.zeros((3, len(x)))
                for j, e in enumerate(np.eye(len(x))):
                    J[:, j] = jvp(e)[1]
                return J
        """,
    },
    "softmax_jacobian": {
        "diag(s) alone": """
            def softmax_jacobian(z):
                e = np.exp(z - np.max(z))
                s = e / e.sum()
                return np.diag(s)
        """,
        "sign of s s^T flipped": """
            def softmax_jacobian(z):
                e = np.exp(z - np.max(z))
                s = e / e.sum()
                return np.diag(s) + np.outer(s, s)
        """,
        "the whole matrix negated": """
            def softmax_jacobian(z):
                e = np.exp(z - np.max(z))
                s = e / e.sum()
                return np.outer(s, s) - np.diag(s)
        """,
        "elementwise square instead of the outer product": """
            def softmax_jacobian(z):
                e = np.exp(z - np.max(z))
                s = e / e.sum()
                return np.diag(s) - s ** 2
        """,
        "shifted by the minimum instead of the maximum": """
            def softmax_jacobian(z):
                e = np.exp(z - np.min(z))
                s = e / e.sum()
                return np.diag(s) - np.outer(s, s)
        """,
        "softmax without the shift: overflows": """
            def softmax_jacobian(z):
                s = np.exp(z) / np.exp(z).sum()
                return np.diag(s) - np.outer(s, s)
        """,
        "shifted by the last score instead of the largest": """
            def softmax_jacobian(z):
                e = np.exp(z - z[-1])
                s = e / e.sum()
                return np.diag(s) - np.outer(s, s)
        """,
        "shifted by the largest absolute score": """
            def softmax_jacobian(z):
                e = np.exp(z - np.max(np.abs(z)))
                s = e / e.sum()
                return np.diag(s) - np.outer(s, s)
        """,
        "autograd's jacobian of a stable softmax": """
            def softmax_jacobian(z):
                def softmax(v):
                    e = anp.exp(v - anp.max(v))
                    return e / anp.sum(e)
                return jacobian(softmax)(z)
        """,
        "autograd under another name, import autograd as ag": """
            def softmax_jacobian(z):
                import autograd as ag
                def softmax(v):
                    e = ag.numpy.exp(v - ag.numpy.max(v))
                    return e / ag.numpy.sum(e)
                return np.array(ag.differential_operators.jacobian(softmax)(z))
        """,
    },
    "weight_vjp": {
        "the tanh's derivative left out: U^T X and the column sums of U": """
            def weight_vjp(X, W, b, U):
                return U.T @ X, U.sum(axis=0)
        """,
        "X^T G: the transpose of the weight gradient": """
            def weight_vjp(X, W, b, U):
                G = U * (1 - np.tanh(X @ W.T + b) ** 2)
                return X.T @ G, G.sum(axis=0)
        """,
        "a mean over the examples for db instead of the sum": """
            def weight_vjp(X, W, b, U):
                G = U * (1 - np.tanh(X @ W.T + b) ** 2)
                return G.T @ X, G.mean(axis=0)
        """,
        "tanh' evaluated as 1 - z^2, at the pre-activation itself": """
            def weight_vjp(X, W, b, U):
                Z = X @ W.T + b
                G = U * (1 - Z ** 2)
                return G.T @ X, G.sum(axis=0)
        """,
        "tanh' evaluated at the output: 1 - tanh(Y)^2": """
            def weight_vjp(X, W, b, U):
                Y = np.tanh(X @ W.T + b)
                G = U * (1 - np.tanh(Y) ** 2)
                return G.T @ X, G.sum(axis=0)
        """,
        "the bias left out of the pre-activation": """
            def weight_vjp(X, W, b, U):
                G = U * (1 - np.tanh(X @ W.T) ** 2)
                return G.T @ X, G.sum(axis=0)
        """,
        "db summed over the outputs instead of the examples": """
            def weight_vjp(X, W, b, U):
                G = U * (1 - np.tanh(X @ W.T + b) ** 2)
                return G.T @ X, G.sum(axis=1)
        """,
        "db kept as a (1, m) row": """
            def weight_vjp(X, W, b, U):
                G = U * (1 - np.tanh(X @ W.T + b) ** 2)
                return G.T @ X, G.sum(axis=0, keepdims=True)
        """,
        "only dW returned, not the pair": """
            def weight_vjp(X, W, b, U):
                G = U * (1 - np.tanh(X @ W.T + b) ** 2)
                return G.T @ X
        """,
        "G reshaped instead of transposed": """
            def weight_vjp(X, W, b, U):
                G = U * (1 - np.tanh(X @ W.T + b) ** 2)
                return G.reshape(G.shape[1], G.shape[0]) @ X, G.sum(axis=0)
        """,
        "autograd's grad instead of the derivation": """
            def weight_vjp(X, W, b, U):
                from autograd import grad
                def loss(V, c):
                    return anp.sum(U * anp.tanh(X @ V.T + c))
                return grad(loss, argnum=(0, 1))(W, b)
        """,
    },
}
