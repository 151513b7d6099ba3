"""Correct answers to the exercises of 04-gradient-vs-jacobian, written differently from the
solution; every check must accept each one."""

RIGHT_ANSWERS = {
    "jacobian_fd": {
        "preallocated J, filled column by column from shifted copies": """
            def jacobian_fd(f, x, eps=1e-6):
                m, n = len(f(x)), len(x)
                J = np.empty((m, n))
                for j in range(n):
                    up, down = x.astype(float), x.astype(float)
                    up[j] += eps
                    down[j] -= eps
                    J[:, j] = (f(up) - f(down)) / (2 * eps)
                return J
        """,
        "rows of the transpose, then .T": """
            def jacobian_fd(f, x, eps=1e-6):
                # not autograd's jacobian: plain central differences
                rows = []
                for e in np.eye(x.shape[0]):
                    rows.append((np.asarray(f(x + eps * e)) - np.asarray(f(x - eps * e))) / (2 * eps))
                return np.array(rows).T
        """,
        "all shifted points at once, np.stack along axis 1": """
            def jacobian_fd(f, x, eps=1e-6):
                steps = eps * np.eye(len(x))
                ups, downs = x + steps, x - steps          # row j is x moved along input j
                return np.stack([f(u) - f(d) for u, d in zip(ups, downs)], axis=1) / (2 * eps)
        """,
        "entry by entry, a double loop": """
            def jacobian_fd(f, x, eps=1e-6):
                m, n = np.shape(f(x))[0], np.shape(x)[0]
                J = np.zeros((m, n))
                for j in range(n):
                    shift = np.zeros(n)
                    shift[j] = eps
                    f_up, f_down = f(x + shift), f(x - shift)
                    for i in range(m):
                        J[i, j] = (f_up[i] - f_down[i]) / (2 * eps)
                return J
        """,
    },
    "jacobian_from_vjps": {
        "a list of rows and np.stack": """
            def jacobian_from_vjps(f, x):
                vjp, value = make_vjp(f)(x)
                rows = []
                for i in range(len(value)):
                    u = np.zeros(len(value))
                    u[i] = 1.0
                    rows.append(vjp(u))
                return np.stack(rows)
        """,
        "np.vstack, make_vjp reached through the package": """
            def jacobian_from_vjps(f, x):
                import autograd
                # the same as autograd's jacobian would do, written out by hand
                vjp, value = autograd.make_vjp(f)(x)
                return np.vstack([vjp(u) for u in np.eye(np.size(value))])
        """,
        "preallocated J, autograd.core.make_vjp under another name": """
            def jacobian_from_vjps(f, x):
                from autograd.core import make_vjp as reverse_mode
                vjp, value = reverse_mode(f, x)
                J = np.zeros((len(value), len(x)))
                for i in range(len(value)):
                    J[i] = vjp(np.eye(len(value))[i])
                return J
        """,
        "map over the basis": """
            def jacobian_from_vjps(f, x):
                vjp, value = make_vjp(f)(x)
                return np.array(list(map(vjp, np.identity(value.shape[0]))))
        """,
    },
    "jacobian_from_jvps": {
        "preallocated J, filled column by column": """
            def jacobian_from_jvps(f, x):
                jvp = make_jvp(f)(x)
                value, _ = jvp(np.zeros(len(x)))
                J = np.zeros((len(value), len(x)))
                for j in range(len(x)):
                    J[:, j] = jvp(np.eye(len(x))[j])[1]
                return J
        """,
        "rows then transpose, make_jvp reached as ag.make_jvp": """
            def jacobian_from_jvps(f, x):
                import autograd as ag
                jvp = ag.make_jvp(f)(x)
                return np.array([jvp(v)[1] for v in np.eye(len(x))]).T
        """,
        "np.stack along axis 1, unpacking each pair": """
            def jacobian_from_jvps(f, x):
                # forward mode: n JVPs, no call to jacobian()
                jvp = make_jvp(f)(x)
                columns = []
                for j in range(x.shape[0]):
                    direction = np.zeros(x.shape[0])
                    direction[j] = 1.0
                    _, column = jvp(direction)
                    columns.append(column)
                return np.stack(columns, axis=1)
        """,
        "autograd.core.make_jvp under another name": """
            def jacobian_from_jvps(f, x):
                from autograd.core import make_jvp as forward_mode
                jvp = forward_mode(f, x)
                return np.column_stack([jvp(e)[1] for e in np.eye(len(x))])
        """,
    },
    "softmax_jacobian": {
        "einsum": """
            def softmax_jacobian(z):
                e = np.exp(z - z.max())
                s = e / np.sum(e)
                return np.einsum("i,ij->ij", s, np.eye(len(s))) - np.einsum("i,j->ij", s, s)
        """,
        "a double loop over i and j": """
            def softmax_jacobian(z):
                shifted = [value - max(z) for value in z]
                total = sum(np.exp(value) for value in shifted)
                s = [np.exp(value) / total for value in shifted]
                n = len(s)
                J = np.zeros((n, n))
                for i in range(n):
                    for j in range(n):
                        J[i, j] = s[i] * ((1.0 if i == j else 0.0) - s[j])
                return J
        """,
        "broadcasting s_i (delta_ij - s_j)": """
            def softmax_jacobian(z):
                # no np.errstate needed: after the shift nothing overflows
                e = np.exp(z - np.max(z))
                s = e / e.sum()
                return s[:, None] * (np.eye(len(z)) - s[None, :])
        """,
        "log-softmax by a hand-made logsumexp": """
            def softmax_jacobian(z):
                top = np.max(z)
                log_s = z - (top + np.log(np.sum(np.exp(z - top))))
                s = np.exp(log_s)
                return np.diag(s) - s[:, np.newaxis] @ s[np.newaxis, :]
        """,
    },
    "weight_vjp": {
        "einsum for every step": """
            def weight_vjp(X, W, b, U):
                Z = np.einsum("rk,ik->ri", X, W) + b
                G = U * (1 - np.tanh(Z) ** 2)
                return np.einsum("ri,rk->ik", G, X), np.einsum("ri->i", G)
        """,
        "a loop over the examples, 1 / cosh^2 as the derivative": """
            def weight_vjp(X, W, b, U):
                dW, db = np.zeros(W.shape), np.zeros(len(b))
                for x, u in zip(X, U):
                    g = u / np.cosh(W @ x + b) ** 2
                    dW += np.outer(g, x)
                    db += g
                return dW, db
        """,
        "b as an extra column of W on a column of ones, then split": """
            def weight_vjp(X, W, b, U):
                X1 = np.hstack([X, np.ones((len(X), 1))])
                W1 = np.hstack([W, b[:, None]])
                Y = np.tanh(X1 @ W1.T)
                grad_W1 = (X1.T @ (U - U * Y * Y)).T
                return grad_W1[:, :-1], grad_W1[:, -1]
        """,
        "a list [dW, db], db as ones times G": """
            def weight_vjp(X, W, b, U):
                G = U * (1 - np.tanh(X @ W.T + b) ** 2)
                return [(X.T @ G).T, np.ones(len(X)) @ G]
        """,
    },
}
